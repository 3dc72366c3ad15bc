package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnelles;
import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragent.ParamListAgent;
import fr.passerelle.contract.siham.listeagents.AgentListe;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.siham.pec.AnomalieWebService;
import fr.passerelle.contract.siham.pec.CoordonneeBancaire;
import fr.passerelle.contract.siham.pec.PECWebService;
import fr.passerelle.contract.siham.pec.ParamAnnulationRenouvellement;
import fr.passerelle.contract.siham.pec.ParamModificationDatePEC;
import fr.passerelle.contract.siham.pec.ParamPEC;
import fr.passerelle.contract.siham.pec.ParamRenouvellement;
import fr.passerelle.contract.siham.pec.ResultatPEC;
import fr.passerelle.contract.siham.utilisateurs.ResultatUtilisateur;
import fr.passerelle.contract.siham.utilisateurs.Role;
import fr.passerelle.contract.siham.utilisateurs.UtilisateurSiham;
import fr.passerelle.contract.siham.utilisateurs.UtilisateursService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SihamWriteServicesTest {

    private static List<SihamSampleAgent> samples;

    private SihamSimulator simulator;
    private PECWebService pec;
    private UtilisateursService users;
    private DossierAgentWebService dossierAgent;
    private ListeAgentsWebService listeAgents;

    @BeforeAll
    static void readSamples() {
        samples = SihamSamples.read(SihamSamples.DEFAULT_FILE);
    }

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));
        simulator = new SihamSimulator(samples, clock);
        simulator.start(SoapTestClients.freeBaseAddress("siham"));
        pec = client(PECWebService.class, SihamSimulator.PEC);
        users = client(UtilisateursService.class, SihamSimulator.UTILISATEURS);
        dossierAgent = client(DossierAgentWebService.class, SihamSimulator.DOSSIER_AGENT);
        listeAgents = client(ListeAgentsWebService.class, SihamSimulator.LISTE_AGENTS);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void takeOnCreatesAgentFile() {
        ResultatPEC result = pec.priseEnChargeAgent(takeOn("D'Almeida", "Anne-Laure", "2026-09-01", "2027-08-31"));

        assertThat(result.getStatut()).isEqualTo("MAJ OK");
        assertThat(result.getListeAnomaliesWebServices()).isEmpty();
        String matricule = result.getMatricule();
        assertThat(matricule).matches("UEX\\d{9}");
        assertThat(samples).extracting(SihamSampleAgent::matricule).doesNotContain(matricule);
        assertThat(listeAgents.recupAgentsModifies("2026-03-02T00:00:00")).extracting(AgentListe::getMatricule)
                .containsExactly(matricule);
        DonneesPersonnelles identity = dossierAgent.recupDonneesPersonnelles(request(matricule)).get(0)
                .getDonneesPersonnelles();
        assertThat(identity.getNomUsuel()).isEqualTo("D'Almeida");
        assertThat(identity.getPrenom()).isEqualTo("Anne-Laure");
        assertThat(identity.getCivilite()).isEqualTo("MME");
        assertThat(identity.getIBAN1CoordBanc()).isEqualTo("FR76");
        DonneesAdministrativesAgent administrative = dossierAgent.recupDonneesAdministratives(request(matricule))
                .get(0);
        assertThat(administrative.getListeAffectations()).singleElement().satisfies(a -> {
            assertThat(a.getCodeUOAffectation()).isEqualTo("DSIN");
            assertThat(a.getDateDebutAffectation()).isEqualTo("2026-09-01");
            assertThat(a.getDateFinAffectation()).isEqualTo("2027-08-31");
        });
        assertThat(administrative.getListeContrats()).singleElement().satisfies(c -> {
            assertThat(c.getCodeTypeContrat()).isEqualTo("CDD");
            assertThat(c.getDateFinPrevueContrat()).isEqualTo("2027-08-31");
        });
        assertThat(simulator.receivedPecRequests()).singleElement().satisfies(received -> {
            assertThat(received.operation()).isEqualTo("PriseEnChargeAgent");
            assertThat(received.applied()).isTrue();
            assertThat(((ParamPEC) received.request()).getNomPatronymique()).isEqualTo("D'Almeida");
        });
    }

    @Test
    void takeOnListsEveryAnomaly() {
        ParamPEC request = takeOn("Martin", "Jean", "2026-09-01", "2026-08-31");
        request.setSexe("3");
        request.setUO("NOWHERE");
        request.setCivilite("DR");
        request.setEmploi("ASTRONAUTE");

        ResultatPEC result = pec.priseEnChargeAgent(request);

        assertThat(result.getStatut()).isEqualTo("ERREUR_GENERALE");
        assertThat(result.getMatricule()).isNull();
        assertThat(result.getListeAnomaliesWebServices()).extracting(AnomalieWebService::getAnomalie)
                .containsExactly(
                        "Invalid civilite 'DR': expected M, MME or MLLE",
                        "Invalid dateFinContrat 2026-08-31: before dateEmbauche 2026-09-01",
                        "Invalid sexe '3': expected 1 (man) or 2 (woman)",
                        "Unknown UO 'NOWHERE'",
                        "Unknown emploi 'ASTRONAUTE': see RecupEmploi");
        assertThat(simulator.agents()).hasSameSizeAs(samples);
        assertThat(simulator.receivedPecRequests()).singleElement().matches(r -> !r.applied());
    }

    @Test
    void takeOnRejectsExistingPerson() {
        DonneesPersonnelles existing = samples.get(7).personal().getDonneesPersonnelles();
        ParamPEC request = takeOn(existing.getNomPatronymique(), existing.getPrenom(), "2026-09-01", null);
        request.setDateNaissance(existing.getDateNaissance());

        ResultatPEC result = pec.priseEnChargeAgent(request);

        assertThat(result.getStatut()).isEqualTo("ERREUR_GENERALE");
        assertThat(result.getListeAnomaliesWebServices()).extracting(AnomalieWebService::getAnomalie)
                .containsExactly("Agent already taken on with matricule " + samples.get(7).matricule()
                        + ": renew that file instead");
    }

    @Test
    void renewalAddsPeriodAndKeepsBankDetails() {
        String matricule = pec.priseEnChargeAgent(takeOn("Nguyen", "Linh", "2026-09-01", "2027-08-31"))
                .getMatricule();
        ParamRenouvellement renewal = new ParamRenouvellement();
        renewal.setMatricule(matricule);
        renewal.setDateDebutRenouvellement("2027-09-01");
        renewal.setDateFinRenouvellement("2028-08-31");
        CoordonneeBancaire otherBank = new CoordonneeBancaire();
        otherBank.setIBAN("FR7699999999999999999999999");
        renewal.getListeCoordonneesbancaires().add(otherBank);

        ResultatPEC result = pec.renouvellementAgent(renewal);

        assertThat(result.getStatut()).isEqualTo("MAJ OK");
        DonneesAdministrativesAgent administrative = dossierAgent.recupDonneesAdministratives(request(matricule))
                .get(0);
        assertThat(administrative.getListeContrats()).extracting(c -> c.getDateDebutContrat())
                .containsExactly("2026-09-01", "2027-09-01");
        assertThat(administrative.getListeAffectations()).extracting(a -> a.getCodeUOAffectation())
                .containsExactly("DSIN", "DSIN");
        assertThat(dossierAgent.recupDonneesPersonnelles(request(matricule)).get(0).getDonneesPersonnelles()
                .getIBAN2CoordBanc()).as("bank details are not updated on renewal").isEqualTo("1234");
    }

    @Test
    void renewalMustStartAfterCurrentContract() {
        String matricule = pec.priseEnChargeAgent(takeOn("Nguyen", "Linh", "2026-09-01", "2027-08-31"))
                .getMatricule();
        ParamRenouvellement renewal = new ParamRenouvellement();
        renewal.setMatricule(matricule);
        renewal.setDateDebutRenouvellement("2027-06-01");

        ResultatPEC result = pec.renouvellementAgent(renewal);

        assertThat(result.getStatut()).isEqualTo("ERREUR_GENERALE");
        assertThat(result.getListeAnomaliesWebServices()).extracting(AnomalieWebService::getAnomalie)
                .containsExactly("Invalid dateDebutRenouvellement 2027-06-01: the current contract ends on 2027-08-31");
    }

    @Test
    void startDateChangeAndRenewalCancellation() {
        String matricule = pec.priseEnChargeAgent(takeOn("Nguyen", "Linh", "2026-09-01", "2027-08-31"))
                .getMatricule();
        ParamRenouvellement renewal = new ParamRenouvellement();
        renewal.setMatricule(matricule);
        renewal.setDateDebutRenouvellement("2027-09-01");
        pec.renouvellementAgent(renewal);
        ParamModificationDatePEC move = new ParamModificationDatePEC();
        move.setMatricule(matricule);
        move.setAncienneDatePEC("2026-09-01");
        move.setNouvelleDatePEC("2026-09-15");
        ParamAnnulationRenouvellement cancel = new ParamAnnulationRenouvellement();
        cancel.setMatricule(matricule);
        cancel.setDateDebutRenouvellement("2027-09-01");
        ParamAnnulationRenouvellement cancelFirst = new ParamAnnulationRenouvellement();
        cancelFirst.setMatricule(matricule);
        cancelFirst.setDateDebutRenouvellement("2026-09-15");

        assertThat(pec.modificationDatePEC(move).getStatut()).isEqualTo("MAJ OK");
        assertThat(pec.annulationRenouvellement(cancel).getStatut()).isEqualTo("MAJ OK");
        ResultatPEC firstRejected = pec.annulationRenouvellement(cancelFirst);

        assertThat(firstRejected.getListeAnomaliesWebServices()).extracting(AnomalieWebService::getAnomalie)
                .containsExactly("Agent " + matricule + " has no renewal starting on 2026-09-15");
        DonneesAdministrativesAgent administrative = dossierAgent.recupDonneesAdministratives(request(matricule))
                .get(0);
        assertThat(administrative.getListeContrats()).singleElement()
                .satisfies(c -> assertThat(c.getDateDebutContrat()).isEqualTo("2026-09-15"));
        assertThat(administrative.getListeAffectations()).singleElement()
                .satisfies(a -> assertThat(a.getDateDebutAffectation()).isEqualTo("2026-09-15"));
        assertThat(administrative.getListeStatuts()).singleElement()
                .satisfies(s -> assertThat(s.getDateEffetStatut()).isEqualTo("2026-09-15"));
        assertThat(simulator.receivedPecRequests()).extracting(SihamSimulator.ReceivedPecRequest::operation)
                .containsExactly("PriseEnChargeAgent", "RenouvellementAgent", "ModificationDatePEC",
                        "AnnulationRenouvellement", "AnnulationRenouvellement");
    }

    @Test
    void startDateChangeRejectsWrongDate() {
        ParamModificationDatePEC move = new ParamModificationDatePEC();
        move.setMatricule("UEX999999999");
        move.setAncienneDatePEC("2026-09-01");
        move.setNouvelleDatePEC("09/15/2026");

        ResultatPEC result = pec.modificationDatePEC(move);

        assertThat(result.getListeAnomaliesWebServices()).extracting(AnomalieWebService::getAnomalie)
                .containsExactly("Unknown matricule 'UEX999999999'",
                        "Invalid nouvelleDatePEC '09/15/2026': expected YYYY-MM-DD");
    }

    @Test
    void userCreatedModifiedDisabled() {
        UtilisateurSiham user = user("jdupont");

        ResultatUtilisateur created = users.createOrModifyUserSiham(user);
        user.setEmail("jean.dupont@univ-exemple.fr");
        ResultatUtilisateur modified = users.createOrModifyUserSiham(user);
        ResultatUtilisateur disabled = users.disableUserSiham("jdupont");

        assertThat(created.getStatut()).isEqualTo("CREE");
        assertThat(modified.getStatut()).isEqualTo("MODIFIE");
        assertThat(disabled.getStatut()).isEqualTo("DESACTIVE");
        SihamSimulator.SihamUser stored = simulator.users().get("jdupont");
        assertThat(stored.active()).isFalse();
        assertThat(stored.user().getEmail()).isEqualTo("jean.dupont@univ-exemple.fr");
        assertThat(stored.user().getListeRoles()).extracting(Role::getCodeRole).containsExactly("GEST_RH");
        assertThat(simulator.receivedUserRequests()).extracting(SihamSimulator.ReceivedUserRequest::operation)
                .containsExactly("createOrModifyUserSiham", "createOrModifyUserSiham", "disableUserSiham");
    }

    @Test
    void userErrorsNameTheProblem() {
        UtilisateurSiham noName = user("anonyme");
        noName.setNom(" ");
        UtilisateurSiham badMail = user("badmail");
        badMail.setEmail("jean.dupont@");
        UtilisateurSiham unknownAgent = user("ghost");
        unknownAgent.setMatricule("UEX999999999");
        UtilisateurSiham reversed = user("reversed");
        reversed.setDateFinValidite("2020-01-01");

        assertThat(users.createOrModifyUserSiham(noName).getMessage()).isEqualTo("Missing nom");
        assertThat(users.createOrModifyUserSiham(badMail).getMessage()).isEqualTo("Invalid email 'jean.dupont@'");
        assertThat(users.createOrModifyUserSiham(unknownAgent).getMessage())
                .isEqualTo("Unknown matricule 'UEX999999999'");
        assertThat(users.createOrModifyUserSiham(reversed).getMessage())
                .isEqualTo("Invalid dateFinValidite 2020-01-01: before dateDebutValidite 2026-01-01");
        ResultatUtilisateur unknown = users.disableUserSiham("nobody");
        assertThat(unknown.getStatut()).isEqualTo("ERREUR");
        assertThat(unknown.getMessage()).isEqualTo("Unknown login 'nobody'");
        assertThat(simulator.users()).isEmpty();
    }

    private UtilisateurSiham user(String login) {
        UtilisateurSiham user = new UtilisateurSiham();
        user.setLogin(login);
        user.setNom("Dupont");
        user.setPrenom("Jean");
        user.setMatricule(samples.get(0).matricule());
        user.setDateDebutValidite("2026-01-01");
        Role role = new Role();
        role.setCodeRole("GEST_RH");
        user.getListeRoles().add(role);
        return user;
    }

    private static ParamPEC takeOn(String name, String firstName, String start, String end) {
        ParamPEC request = new ParamPEC();
        request.setCivilite("MME");
        request.setSexe("2");
        request.setNomPatronymique(name);
        request.setPrenom(firstName);
        request.setDateNaissance("1996-04-12");
        request.setDateEmbauche(start);
        request.setDateFinContrat(end);
        request.setUO("DSIN");
        request.setEmploi("INGCDD");
        request.setCodeEtablissement(SihamSampleGenerator.UAI);
        CoordonneeBancaire bank = new CoordonneeBancaire();
        bank.setIBAN("FR76 1234 5678 9012 3456 7890 123");
        request.getListeCoordonneesbancaires().add(bank);
        return request;
    }

    private static ParamListAgent request(String matricule) {
        ParamListAgent request = new ParamListAgent();
        MatriculeAgent entry = new MatriculeAgent();
        entry.setMatricule(matricule);
        request.getListeMatricules().add(entry);
        return request;
    }

    private <T> T client(Class<T> serviceInterface, String service) {
        return SoapTestClients.client(serviceInterface, simulator.addresses().get(service));
    }
}
