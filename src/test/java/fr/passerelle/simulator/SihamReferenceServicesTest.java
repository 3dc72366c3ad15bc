package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragentdate.Affectation;
import fr.passerelle.contract.siham.dossieragentdate.DonneesAgent;
import fr.passerelle.contract.siham.dossieragentdate.DossierAgentDateWebService;
import fr.passerelle.contract.siham.dossieragentdate.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragentdate.ParamDonneesAgents;
import fr.passerelle.contract.siham.dossierparametrage.DossierParametrageWebService;
import fr.passerelle.contract.siham.dossierparametrage.NomenclatureRH;
import fr.passerelle.contract.siham.dossierparametrage.ParamNomenclature;
import fr.passerelle.contract.siham.dossierparametrage.ParamStructure;
import fr.passerelle.contract.siham.dossierparametrage.RepertoireRecherche;
import fr.passerelle.contract.siham.dossierparametrage.Structure;
import fr.passerelle.contract.siham.dossierparametrage.UORecherche;
import fr.passerelle.contract.siham.indicateur.IndicateurWebservice;
import fr.passerelle.contract.siham.indicateur.ParamIndicateur;
import fr.passerelle.contract.siham.indicateur.StatutRecherche;
import fr.passerelle.contract.siham.listeparametrage.ListeParametrageWebService;
import fr.passerelle.contract.siham.listeparametrage.NomenclatureModifiee;
import fr.passerelle.contract.siham.listeparametrage.ParamStructureEcheance;
import fr.passerelle.contract.siham.listeparametrage.StructureListe;
import fr.passerelle.contract.siham.nomenclaturepec.Emploi;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePEC;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePECWebService;
import fr.passerelle.contract.siham.nomenclaturepec.ParamEmploi;
import fr.passerelle.contract.siham.nomenclaturepec.ParamNomenclaturePEC;
import fr.passerelle.contract.siham.rechercheagent.AgentTrouve;
import fr.passerelle.contract.siham.rechercheagent.ParamRechercheAgent;
import fr.passerelle.contract.siham.rechercheagent.RechercheAgentWebService;
import jakarta.xml.ws.WebServiceException;
import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SihamReferenceServicesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static SihamSimulator simulator;

    @BeforeAll
    static void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
        SihamSimulator samples = SihamSimulator.fromSamples();
        simulator = new SihamSimulator(samples.agents(), samples.structures(), samples.nomenclatures(), clock);
        simulator.start(SoapTestClients.freeBaseAddress("siham"));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void publishesTenServices() {
        assertThat(simulator.addresses()).containsOnlyKeys("ListeAgentsWebService", "DossierAgentWebService",
                "DossierAgentDateWebService", "ListeParametrageWebService", "DossierParametrageWebService",
                "IndicateurWebservice", "UtilisateursService", "NomenclaturePECWebService", "RechercheAgentWebService",
                "PECWebService");
    }

    @Test
    void agentDataAtDateKeepsPeriodsInForce() {
        SihamSampleAgent moved = simulator.agents().stream()
                .filter(agent -> agent.administrative().getListeAffectations().stream()
                        .anyMatch(a -> a.getDateFinAffectation() != null
                                && LocalDate.parse(a.getDateFinAffectation()).isBefore(DAY)))
                .filter(agent -> SihamListeAgentsEndpoint.isActive(agent.administrative(), DAY))
                .findFirst().orElseThrow();

        List<DonneesAgent> answer = client(DossierAgentDateWebService.class, SihamSimulator.DOSSIER_AGENT_DATE)
                .recupDonneesAgents(agentsRequest(moved.matricule()));

        assertThat(answer).singleElement().satisfies(data -> {
            assertThat(data.getIdentite().getMatricule()).isEqualTo(moved.matricule());
            assertThat(data.getIdentite().getNomUsuel())
                    .isEqualTo(moved.personal().getDonneesPersonnelles().getNomUsuel());
            assertThat(data.getListeAffectations()).isNotEmpty()
                    .hasSizeLessThan(moved.administrative().getListeAffectations().size());
            for (Affectation affectation : data.getListeAffectations()) {
                assertThat(SihamListeAgentsEndpoint.covers(affectation.getDateDebutAffectation(),
                        affectation.getDateFinAffectation(), DAY)).isTrue();
            }
            assertThat(data.getListeStatuts()).hasSize(1);
        });
    }

    @Test
    void agentDataAtDateRejectsConcurrentCalls() throws Exception {
        String matricule = simulator.agents().get(0).matricule();
        DossierAgentDateWebService first = client(DossierAgentDateWebService.class, SihamSimulator.DOSSIER_AGENT_DATE);
        DossierAgentDateWebService second = client(DossierAgentDateWebService.class,
                SihamSimulator.DOSSIER_AGENT_DATE);
        CompletableFuture<List<DonneesAgent>> held;
        try (SihamSimulator.Hold hold = simulator.holdDossierAgentCalls()) {
            held = CompletableFuture.supplyAsync(() -> first.recupDonneesAgents(agentsRequest(matricule)));
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.dossierAgentDateCallsInProgress() == 1);

            assertThatThrownBy(() -> second.recupDonneesAgents(agentsRequest(matricule)))
                    .isInstanceOf(WebServiceException.class)
                    .cause().isInstanceOf(SoapFault.class)
                    .hasMessageContaining("DossierAgentDateWebService does not support concurrent calls");
        }

        assertThat(held.get(10, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    void agentDataAtDateRequiresDate() {
        ParamDonneesAgents request = agentsRequest(simulator.agents().get(0).matricule());
        request.setDateObservation(null);

        assertThatThrownBy(() -> client(DossierAgentDateWebService.class, SihamSimulator.DOSSIER_AGENT_DATE)
                .recupDonneesAgents(request))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("Missing dateObservation");
    }

    @Test
    void modifiedNomenclaturesAndStructures() {
        ListeParametrageWebService service = client(ListeParametrageWebService.class,
                SihamSimulator.LISTE_PARAMETRAGE);

        List<NomenclatureModifiee> nomenclatures = service.recupNomenclaturesModifiees("2025-09-01T00:00:00");
        List<StructureListe> structures = service.recupStructuresModifiees("2025-10-01T00:00:00");

        long expectedNomenclatures = simulator.nomenclatures().stream()
                .filter(n -> n.modifiedAt().isAfter(java.time.LocalDateTime.of(2025, 9, 1, 0, 0))).count();
        assertThat(nomenclatures).hasSize((int) expectedNomenclatures).isNotEmpty();
        assertThat(nomenclatures.get(0).getCodeRepertoire()).isNotBlank();
        assertThat(structures).isNotEmpty().hasSizeLessThan(simulator.structures().size());
        assertThat(service.recupStructuresModifiees("2000-01-01T00:00:00")).hasSize(simulator.structures().size());
    }

    @Test
    void structuresOpeningOrClosing() {
        ParamStructureEcheance period = new ParamStructureEcheance();
        period.setDateDebutObservation("2024-12-01");
        period.setDateFinObservation("2026-12-31");

        List<StructureListe> due = client(ListeParametrageWebService.class, SihamSimulator.LISTE_PARAMETRAGE)
                .recupStructuresEcheance(period);

        assertThat(due).extracting(StructureListe::getCodeUO).containsExactlyInAnyOrder("IUTVIR", "UFRNUM");
    }

    @Test
    void structuresByCriteriaAndDate() {
        DossierParametrageWebService service = client(DossierParametrageWebService.class,
                SihamSimulator.DOSSIER_PARAMETRAGE);
        ParamStructure labs = new ParamStructure();
        UORecherche criterion = new UORecherche();
        criterion.setTypeUO("LABO");
        criterion.setStructureUO("UFRSCI");
        labs.getListeUO().add(criterion);
        ParamStructure open = new ParamStructure();
        open.setDateObservation("2026-03-02");

        List<Structure> sciencesLabs = service.recupStructures(labs);
        List<Structure> openUnits = service.recupStructures(open);

        assertThat(sciencesLabs).extracting(Structure::getCodeUO)
                .containsExactlyInAnyOrder("UMR6139", "UMR6072", "UMR6143", "UMR6211");
        assertThat(sciencesLabs.get(0).getLibLongUO()).isNotBlank();
        assertThat(openUnits).extracting(Structure::getCodeUO).doesNotContain("IUTVIR", "UFRNUM").contains("UEX");
    }

    @Test
    void nomenclaturesByRepertoire() {
        ParamNomenclature request = new ParamNomenclature();
        RepertoireRecherche corps = new RepertoireRecherche();
        corps.setCodeRepertoire("HJV");
        request.getListeNomenclatures().add(corps);

        List<NomenclatureRH> entries = client(DossierParametrageWebService.class, SihamSimulator.DOSSIER_PARAMETRAGE)
                .recupNomenclaturesRH(request);

        assertThat(entries).isNotEmpty().allMatch(entry -> "HJV".equals(entry.getCodeRepertoire()));
        assertThat(entries).filteredOn(entry -> "MCF".equals(entry.getCodeNomenclature()))
                .singleElement().extracting(NomenclatureRH::getLibLongNomenclature)
                .isEqualTo("Maître de conférences");
    }

    @Test
    void countsAgentsByCriteria() {
        IndicateurWebservice service = client(IndicateurWebservice.class, SihamSimulator.INDICATEUR);
        ParamIndicateur all = new ParamIndicateur();
        all.setDateObservation("2026-03-02");
        ParamIndicateur teachers = new ParamIndicateur();
        teachers.setDateObservation("2026-03-02");
        teachers.setTemEnseignantChercheur("O");
        ParamIndicateur hosted = new ParamIndicateur();
        hosted.setDateObservation("2026-03-02");
        StatutRecherche status = new StatutRecherche();
        status.setStatut("HEBE");
        hosted.getListeStatuts().add(status);

        long active = simulator.agents().stream()
                .filter(agent -> SihamListeAgentsEndpoint.isActive(agent.administrative(), DAY)).count();

        assertThat(service.recupererNbrIndividus(all).getNbrIndividus()).isEqualTo((int) active);
        assertThat(service.recupererNbrIndividus(teachers).getNbrIndividus()).isPositive().isLessThan((int) active);
        assertThat(service.recupererNbrIndividus(hosted).getNbrIndividus()).isPositive().isLessThan((int) active);
    }

    @Test
    void jobsAndPecNomenclatures() {
        NomenclaturePECWebService service = client(NomenclaturePECWebService.class, SihamSimulator.NOMENCLATURE_PEC);
        ParamNomenclaturePEC statuses = new ParamNomenclaturePEC();
        statuses.setTypeNomenclature("STATUT");
        ParamNomenclaturePEC invalid = new ParamNomenclaturePEC();
        invalid.setTypeNomenclature("GRADE");

        List<Emploi> jobs = service.recupEmploi(new ParamEmploi());
        List<NomenclaturePEC> statusEntries = service.recupNomenclaturePEC(statuses);

        assertThat(jobs).extracting(Emploi::getCodeEmploi).contains("INGCDD", "DOCT");
        assertThat(jobs).filteredOn(job -> "TECHCDD".equals(job.getCodeEmploi()))
                .singleElement().extracting(Emploi::getCategorieEntree).isEqualTo("B");
        assertThat(statusEntries).extracting(NomenclaturePEC::getCode).containsExactly("TITU", "STAG", "CONT", "HEBE");
        assertThat(service.recupNomenclaturePEC(new ParamNomenclaturePEC()))
                .extracting(NomenclaturePEC::getTypeNomenclature)
                .contains("CATEGORIE_ENTREE", "MOTIF_ENTREE", "MODALITE", "STATUT");
        assertThatThrownBy(() -> service.recupNomenclaturePEC(invalid))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("Invalid typeNomenclature 'GRADE'");
    }

    @Test
    void searchesAgentsByName() {
        RechercheAgentWebService service = client(RechercheAgentWebService.class, SihamSimulator.RECHERCHE_AGENT);
        SihamSampleAgent sample = simulator.agents().get(42);
        ParamRechercheAgent exact = new ParamRechercheAgent();
        exact.setNomUsuel(sample.personal().getDonneesPersonnelles().getNomUsuel().toUpperCase());
        exact.setPrenom(sample.personal().getDonneesPersonnelles().getPrenom());
        ParamRechercheAgent wildcard = new ParamRechercheAgent();
        wildcard.setNomUsuel("%'%");

        List<AgentTrouve> found = service.rechercheAgent(exact);
        List<AgentTrouve> apostrophes = service.rechercheAgent(wildcard);

        assertThat(found).extracting(AgentTrouve::getMatricule).contains(sample.matricule());
        assertThat(found).filteredOn(agent -> agent.getMatricule().equals(sample.matricule())).singleElement()
                .extracting(AgentTrouve::getDateNaissance)
                .isEqualTo(sample.personal().getDonneesPersonnelles().getDateNaissance());
        assertThat(apostrophes).isNotEmpty().allMatch(agent -> agent.getNomUsuel().contains("'"));
        assertThatThrownBy(() -> service.rechercheAgent(new ParamRechercheAgent()))
                .isInstanceOf(WebServiceException.class)
                .cause().isInstanceOf(SoapFault.class)
                .hasMessageContaining("Missing search criteria");
    }

    private static ParamDonneesAgents agentsRequest(String matricule) {
        ParamDonneesAgents request = new ParamDonneesAgents();
        request.setDateObservation(DAY.toString());
        MatriculeAgent entry = new MatriculeAgent();
        entry.setMatricule(matricule);
        request.getListeMatricules().add(entry);
        return request;
    }

    private static <T> T client(Class<T> serviceInterface, String service) {
        return SoapTestClients.client(serviceInterface, simulator.addresses().get(service));
    }
}
