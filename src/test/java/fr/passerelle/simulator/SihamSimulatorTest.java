package fr.passerelle.simulator;

import fr.passerelle.canonical.Agent;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesDeService;
import fr.passerelle.contract.siham.dossieragent.DonneesHeberge;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragent.NumeroMail;
import fr.passerelle.contract.siham.dossieragent.ParamListAgent;
import fr.passerelle.contract.siham.dossieragent.ParamModifDP;
import fr.passerelle.contract.siham.dossieragent.ProchainEchelon;
import fr.passerelle.contract.siham.listeagents.AgentListe;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.siham.listeagents.ParamAgentEcheance;
import fr.passerelle.contract.siham.listeagents.ParamAgentModifParAffect;
import fr.passerelle.contract.siham.listeagents.ParamRecupListeAgents;
import fr.passerelle.contract.siham.listeagents.UniteOrganisationnelle;
import fr.passerelle.mapping.SihamAgentMapper;
import org.apache.cxf.binding.soap.SoapFault;
import jakarta.xml.ws.WebServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SihamSimulatorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static List<SihamSampleAgent> samples;

    private SihamSimulator simulator;
    private ListeAgentsWebService listeAgents;
    private DossierAgentWebService dossierAgent;

    @BeforeAll
    static void readSamples() {
        samples = SihamSamples.read(SihamSamples.DEFAULT_FILE);
    }

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), PARIS);
        simulator = new SihamSimulator(samples, clock);
        simulator.start(SoapTestClients.freeBaseAddress("siham"));
        listeAgents = SoapTestClients.client(ListeAgentsWebService.class,
                simulator.addresses().get(SihamSimulator.LISTE_AGENTS));
        dossierAgent = SoapTestClients.client(DossierAgentWebService.class,
                simulator.addresses().get(SihamSimulator.DOSSIER_AGENT));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void addressesPerService() {
        assertThat(simulator.product()).isEqualTo("siham");
        assertThat(simulator.addresses()).containsKeys("ListeAgentsWebService", "DossierAgentWebService").hasSize(10);
        assertThat(simulator.addresses().get("DossierAgentWebService")).endsWith("/siham/DossierAgentWebService");
    }

    @Test
    void modifiedAgentsAfterObservationTime() {
        String since = "2025-12-01T00:00:00";
        List<String> expected = samples.stream()
                .filter(agent -> agent.modifiedAt().isAfter(LocalDateTime.parse(since)))
                .sorted(Comparator.comparing(SihamSampleAgent::modifiedAt).thenComparing(SihamSampleAgent::matricule))
                .map(SihamSampleAgent::matricule)
                .toList();

        List<AgentListe> modified = listeAgents.recupAgentsModifies(since);

        assertThat(expected).isNotEmpty().hasSizeLessThan(samples.size());
        assertThat(modified).extracting(AgentListe::getMatricule).containsExactlyElementsOf(expected);
        assertThat(modified.get(0).getNomUsuel()).isNotBlank();
    }

    @Test
    void secondRunSeesOnlyModifiedAgents() {
        List<AgentListe> firstRun = listeAgents.recupAgentsModifies("2000-01-01T00:00:00");
        String watermark = "2026-03-02T09:59:59.999";
        String first = samples.get(3).matricule();
        String second = samples.get(100).matricule();

        LocalDateTime firstTime = simulator.modifyAgent(first, agent -> agent.personal().getListeNumerosMails()
                .removeIf(number -> "MPR".equals(number.getCodeTypologieNumeroMail())));
        LocalDateTime secondTime = simulator.modifyAgent(second, agent -> { });
        List<AgentListe> secondRun = listeAgents.recupAgentsModifies(watermark);

        assertThat(firstRun).hasSize(samples.size());
        assertThat(firstTime).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assertThat(secondTime).isAfter(firstTime);
        assertThat(secondRun).extracting(AgentListe::getMatricule).containsExactly(first, second);
        assertThat(dossierAgent.recupDonneesPersonnelles(request(first)).get(0).getListeNumerosMails())
                .noneMatch(number -> "MPR".equals(number.getCodeTypologieNumeroMail()));
        assertThat(samples.get(3).personal().getListeNumerosMails())
                .as("the sample itself is left unchanged")
                .anyMatch(number -> "MPR".equals(number.getCodeTypologieNumeroMail()));
    }

    @Test
    void invalidObservationTimeFault() {
        assertThatThrownBy(() -> listeAgents.recupAgentsModifies("02/03/2026 10:00"))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("Invalid DateHeureDebObservation '02/03/2026 10:00'")
                .hasMessageContaining("YYYY-MM-DDThh:mm:ss");
    }

    @Test
    void personalAndAdministrativeRoundTrip() {
        SihamSampleAgent sample = samples.stream()
                .filter(agent -> agent.personal().getDonneesPersonnelles().getNomUsuel().contains("'"))
                .findFirst().orElseThrow();
        String matricule = sample.matricule();

        List<DonneesPersonnellesAgent> personal = dossierAgent.recupDonneesPersonnelles(
                request(matricule, "UEX999999999"));
        List<DonneesAdministrativesAgent> administrative = dossierAgent.recupDonneesAdministratives(
                request(matricule));

        assertThat(personal).singleElement().satisfies(data -> {
            assertThat(data.getDonneesPersonnelles().getMatricule()).isEqualTo(matricule);
            assertThat(data.getDonneesPersonnelles().getNomUsuel())
                    .isEqualTo(sample.personal().getDonneesPersonnelles().getNomUsuel());
            assertThat(data.getDonneesPersonnelles().getPrenom())
                    .isEqualTo(sample.personal().getDonneesPersonnelles().getPrenom());
            assertThat(data.getListeNumerosMails()).extracting(NumeroMail::getNumeroMail)
                    .containsExactlyElementsOf(sample.personal().getListeNumerosMails().stream()
                            .map(NumeroMail::getNumeroMail).toList());
        });
        assertThat(administrative).singleElement().satisfies(data -> {
            assertThat(data.getMatricule()).isEqualTo(matricule);
            assertThat(data.getListeAffectations()).hasSameSizeAs(sample.administrative().getListeAffectations());
            assertThat(data.getListeStatuts()).hasSameSizeAs(sample.administrative().getListeStatuts());
        });
        Agent agent = new SihamAgentMapper().toAgents(personal, administrative, LocalDate.of(2026, 3, 2)).get(0);
        assertThat(agent.usualName()).isEqualTo(sample.personal().getDonneesPersonnelles().getNomUsuel());
    }

    @Test
    void invalidMatriculeFault() {
        assertThatThrownBy(() -> dossierAgent.recupDonneesPersonnelles(request("UEX12")))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("Invalid listeMatricules.matricule 'UEX12'");
    }

    @Test
    void concurrentDossierCallRejected() throws Exception {
        String matricule = samples.get(0).matricule();
        CompletableFuture<List<DonneesPersonnellesAgent>> first;
        try (SihamSimulator.Hold hold = simulator.holdDossierAgentCalls()) {
            first = CompletableFuture.supplyAsync(() -> dossierAgent.recupDonneesPersonnelles(request(matricule)));
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.dossierAgentCallsInProgress() == 1);

            DossierAgentWebService other = SoapTestClients.client(DossierAgentWebService.class,
                    simulator.addresses().get(SihamSimulator.DOSSIER_AGENT));
            assertThatThrownBy(() -> other.recupDonneesAdministratives(request(matricule)))
                    .isInstanceOf(WebServiceException.class)
                    .cause().isInstanceOf(SoapFault.class)
                    .hasMessageContaining("does not support concurrent calls")
                    .hasMessageContaining("RecupDonneesAdministratives");
            assertThat(listeAgents.recupAgentsModifies("2025-12-30T00:00:00"))
                    .as("ListeAgentsWebService is not held")
                    .isNotNull();
        }

        assertThat(first.get(10, TimeUnit.SECONDS)).singleElement()
                .satisfies(data -> assertThat(data.getDonneesPersonnelles().getMatricule()).isEqualTo(matricule));
        assertThat(simulator.dossierAgentCallsInProgress()).isZero();
        assertThat(dossierAgent.recupDonneesAdministratives(request(matricule))).hasSize(1);
    }

    @Test
    void basicCredentialsChecked() {
        simulator.requireCredentials("passerelle", "s3cret");
        String address = simulator.addresses().get(SihamSimulator.LISTE_AGENTS);
        ListeAgentsWebService anonymous = SoapTestClients.client(ListeAgentsWebService.class, address);
        ListeAgentsWebService wrong = SoapTestClients.client(ListeAgentsWebService.class, address, "passerelle",
                "guess", Duration.ofSeconds(10));
        ListeAgentsWebService right = SoapTestClients.client(ListeAgentsWebService.class, address, "passerelle",
                "s3cret", Duration.ofSeconds(10));

        assertThatThrownBy(() -> anonymous.recupAgentsModifies("2025-12-30T00:00:00"))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("401");
        assertThatThrownBy(() -> wrong.recupAgentsModifies("2025-12-30T00:00:00"))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("401");
        assertThat(right.recupAgentsModifies("2000-01-01T00:00:00")).hasSize(samples.size());
    }

    @Test
    void failNextCallsAnswers503() {
        simulator.failNextCalls(1);

        assertThatThrownBy(() -> listeAgents.recupAgentsModifies("2025-12-30T00:00:00"))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("503");
        assertThat(listeAgents.recupAgentsModifies("2000-01-01T00:00:00")).hasSize(samples.size());
        assertThat(simulator.requestCount()).isEqualTo(2);
    }

    @Test
    void listSearchWithWildcard() {
        ParamRecupListeAgents criteria = new ParamRecupListeAgents();
        criteria.setNomUsuel("d'%");

        List<AgentListe> found = listeAgents.recupListeAgents(criteria);

        assertThat(found).isNotEmpty()
                .allSatisfy(agent -> assertThat(agent.getNomUsuel()).startsWithIgnoringCase("D'"));
        long expected = samples.stream()
                .filter(agent -> agent.personal().getDonneesPersonnelles().getNomUsuel().toLowerCase().startsWith("d'"))
                .count();
        assertThat(found).hasSize((int) expected);
    }

    @Test
    void listSearchTeacherResearchers() {
        ParamRecupListeAgents criteria = new ParamRecupListeAgents();
        criteria.setTemEnseignantChercheur("O");
        criteria.setTemoinValide("O");
        criteria.setDateObservation("2026-03-02");

        List<AgentListe> found = listeAgents.recupListeAgents(criteria);

        assertThat(found).isNotEmpty().hasSizeLessThan(samples.size());
        for (AgentListe listed : found) {
            SihamSampleAgent agent = simulator.agent(listed.getMatricule()).orElseThrow();
            assertThat(SihamListeAgentsEndpoint.isTeacherResearcher(agent.administrative(), LocalDate.of(2026, 3, 2)))
                    .isTrue();
        }
    }

    @Test
    void dueAgentsBetweenDates() {
        ParamAgentEcheance period = new ParamAgentEcheance();
        period.setDateDebutObservation("2026-08-01");
        period.setDateFinObservation("2026-08-31");

        List<AgentListe> due = listeAgents.recupAgentsEcheance(period);

        assertThat(due).isNotEmpty().hasSizeLessThan(samples.size());
        for (AgentListe listed : due) {
            DonneesAdministrativesAgent data = simulator.agent(listed.getMatricule()).orElseThrow().administrative();
            assertThat(datesOf(data)).as(listed.getMatricule())
                    .anyMatch(day -> day.startsWith("2026-08-"));
        }
        period.setDateFinObservation("2026-07-01");
        assertThatThrownBy(() -> listeAgents.recupAgentsEcheance(period))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("before dateDebutObservation");
    }

    @Test
    void modifiedByUnit() {
        String matricule = samples.get(10).matricule();
        String unit = samples.get(10).administrative().getListeAffectations().get(0).getCodeUOAffectation();
        simulator.modifyAgent(matricule, agent -> { });
        ParamAgentModifParAffect criteria = new ParamAgentModifParAffect();
        criteria.setDateHeureDebObservation("2026-03-01T00:00:00");
        UniteOrganisationnelle uo = new UniteOrganisationnelle();
        uo.setCodeUO(unit);
        criteria.getListeUO().add(uo);

        assertThat(listeAgents.recupAgentsModifParAffect(criteria)).extracting(AgentListe::getMatricule)
                .containsExactly(matricule);
        uo.setCodeUO("NOWHERE");
        assertThat(listeAgents.recupAgentsModifParAffect(criteria)).isEmpty();
    }

    @Test
    void hostedAgentsOnly() {
        SihamSampleAgent hosted = samples.stream().filter(agent -> agent.hosting() != null).findFirst().orElseThrow();
        SihamSampleAgent notHosted = samples.stream().filter(agent -> agent.hosting() == null).findFirst()
                .orElseThrow();

        List<DonneesHeberge> answer = dossierAgent.recupDonneesHeberges(
                request(hosted.matricule(), notHosted.matricule()));

        assertThat(answer).singleElement().satisfies(data -> {
            assertThat(data.getMatricule()).isEqualTo(hosted.matricule());
            assertThat(data.getOrganismeOrigine()).isEqualTo(hosted.hosting().getOrganismeOrigine());
        });
    }

    @Test
    void stepAndServiceDerivedFromCareer() {
        SihamSampleAgent teacher = samples.stream()
                .filter(agent -> SihamListeAgentsEndpoint.isTeacherResearcher(agent.administrative(),
                        LocalDate.of(2026, 3, 2)))
                .findFirst().orElseThrow();

        List<ProchainEchelon> steps = dossierAgent.recupProchainEchelon(request(teacher.matricule()));
        List<DonneesDeService> services = dossierAgent.recupDonneesDeService(request(teacher.matricule()));

        assertThat(services).singleElement().satisfies(service -> {
            assertThat(service.getAnneeUniversitaire()).isEqualTo("2025-2026");
            assertThat(service.getNbHeuresServiceStatutaire()).isEqualByComparingTo("192");
        });
        for (ProchainEchelon step : steps) {
            assertThat(Integer.parseInt(step.getCodeEchelonSuivant()))
                    .isEqualTo(Integer.parseInt(step.getCodeEchelonActuel()) + 1);
            assertThat(LocalDate.parse(step.getDateProchainEchelon())).isAfter(LocalDate.of(2026, 3, 2));
        }
    }

    @Test
    void modifyPersonalEmail() {
        String matricule = samples.get(5).matricule();
        ParamModifDP change = new ParamModifDP();
        change.setMatricule(matricule);
        change.setTypeAction("A");
        change.setTypeNumero("MPR");
        change.setNumero("nouvelle.adresse@univ-exemple.fr");
        change.setDateDebut("2026-03-01");

        String statut = dossierAgent.modifDonneesPersonnelles(change).getStatutMAJ();

        assertThat(statut).isEqualTo("1");
        assertThat(dossierAgent.recupDonneesPersonnelles(request(matricule)).get(0).getListeNumerosMails())
                .extracting(NumeroMail::getNumeroMail).contains("nouvelle.adresse@univ-exemple.fr");
        assertThat(listeAgents.recupAgentsModifies("2026-03-02T00:00:00")).extracting(AgentListe::getMatricule)
                .containsExactly(matricule);
        assertThat(simulator.receivedChanges()).singleElement().satisfies(received -> {
            assertThat(received.applied()).isTrue();
            assertThat(received.request().getNumero()).isEqualTo("nouvelle.adresse@univ-exemple.fr");
        });
    }

    @Test
    void modifyPersonalRejectsInvalidChange() {
        ParamModifDP change = new ParamModifDP();
        change.setMatricule(samples.get(5).matricule());
        change.setTypeAction("X");
        change.setTypeNumero("MPR");

        String statut = dossierAgent.modifDonneesPersonnelles(change).getStatutMAJ();

        assertThat(statut).isEqualTo("Invalid typeAction 'X': expected A (add), M (modify) or S (delete)");
        change.setTypeAction("A");
        change.setMatricule("UEX999999999");
        assertThat(dossierAgent.modifDonneesPersonnelles(change).getStatutMAJ()).contains("Unknown matricule");
        assertThat(simulator.receivedChanges()).hasSize(2).noneMatch(SihamSimulator.ReceivedChange::applied);
        assertThat(listeAgents.recupAgentsModifies("2026-03-02T00:00:00")).isEmpty();
    }

    @Test
    void restartsOnSamePort() {
        String address = simulator.addresses().get(SihamSimulator.LISTE_AGENTS);
        String base = address.substring(0, address.lastIndexOf('/'));
        simulator.close();
        assertThat(simulator.addresses()).isEmpty();

        simulator.start(base);

        assertThat(listeAgents.recupAgentsModifies("2025-12-30T00:00:00")).isNotNull();
    }

    private static List<String> datesOf(DonneesAdministrativesAgent data) {
        List<String> dates = new java.util.ArrayList<>();
        data.getListeAffectations().forEach(a -> {
            dates.add(a.getDateDebutAffectation());
            dates.add(a.getDateFinAffectation());
        });
        data.getListeContrats().forEach(c -> {
            dates.add(c.getDateDebutContrat());
            dates.add(c.getDateFinPrevueContrat());
            dates.add(c.getDateFinReelleContrat());
        });
        data.getListeCarrieres().forEach(c -> {
            dates.add(c.getDateDebutCarriere());
            dates.add(c.getDateFinCarriere());
        });
        data.getListeStatuts().forEach(st -> dates.add(st.getDateEffetStatut()));
        dates.removeIf(java.util.Objects::isNull);
        return dates;
    }

    private static ParamListAgent request(String... matricules) {
        ParamListAgent request = new ParamListAgent();
        request.setCodeEtablissement(SihamSampleGenerator.UAI);
        request.setDateObservation("2026-03-02");
        for (String matricule : matricules) {
            MatriculeAgent entry = new MatriculeAgent();
            entry.setMatricule(matricule);
            request.getListeMatricules().add(entry);
        }
        return request;
    }
}
