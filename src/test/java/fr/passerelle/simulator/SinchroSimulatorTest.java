package fr.passerelle.simulator;

import fr.passerelle.contract.sinchro.absence.Absence;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.contract.sinchro.absence.DemiJournee;
import fr.passerelle.contract.sinchro.personneressource.ContratTravail;
import fr.passerelle.contract.sinchro.personneressource.Genre;
import fr.passerelle.contract.sinchro.personneressource.IdentifiantPersonne;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessourceWebService;
import fr.passerelle.contract.sinchro.personneressource.SinchroFault;
import fr.passerelle.simulator.SinchroSimulator.PersonOperation;
import fr.passerelle.simulator.SinchroSimulator.ReceivedPerson;
import jakarta.xml.ws.WebServiceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

class SinchroSimulatorTest {

    private SinchroSimulator simulator;
    private PersonneRessourceWebService persons;
    private AbsenceWebService absences;

    @BeforeEach
    void start() {
        simulator = new SinchroSimulator();
        simulator.start(SoapTestClients.freeBaseAddress("sinchro"));
        persons = SoapTestClients.client(PersonneRessourceWebService.class,
                simulator.addresses().get(SinchroSimulator.PERSONNE_RESSOURCE));
        absences = SoapTestClients.client(AbsenceWebService.class,
                simulator.addresses().get(SinchroSimulator.ABSENCE));
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void addressesPerService() {
        assertThat(simulator.product()).isEqualTo("sinchro");
        assertThat(simulator.addresses()).containsOnlyKeys("PersonneRessourceWebService", "AbsenceWebService");
        assertThat(simulator.addresses().get("AbsenceWebService")).startsWith("http://127.0.0.1:")
                .endsWith("/sinchro/AbsenceWebService");
    }

    @Test
    void startRejectsNonLoopbackAddress() {
        try (SinchroSimulator other = new SinchroSimulator()) {
            assertThatThrownBy(() -> other.start("http://192.0.2.10:8080/sinchro"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not on a loopback interface");
            assertThat(other.addresses()).isEmpty();
        }
    }

    @Test
    void createThenModifyRoundTrip() throws SinchroFault {
        IdentifiantPersonne created = persons.creerPersonneRessource(person("UEX000100042"));
        PersonneRessource changed = person("UEX000100042");
        changed.setNom("D'Almeida-N'Diaye");
        changed.setDateFinActivite("2027-08-31");
        IdentifiantPersonne modified = persons.modifierPersonneRessource(changed);

        assertThat(created.getMatricule()).isEqualTo("UEX000100042");
        assertThat(modified.getIdentifiant()).isEqualTo(created.getIdentifiant());
        List<ReceivedPerson> received = simulator.receivedPersons();
        assertThat(received).extracting(ReceivedPerson::operation)
                .containsExactly(PersonOperation.CREATE, PersonOperation.MODIFY);
        assertThat(received).allMatch(ReceivedPerson::accepted);
        PersonneRessource first = received.get(0).person();
        assertThat(first.getGenre()).isEqualTo(Genre.F);
        assertThat(first.getNom()).isEqualTo("Lefèvre");
        assertThat(first.getPrenom()).isEqualTo("Marie-Hélène");
        assertThat(first.getEmail()).isEqualTo("marie-helene.lefevre@univ-exemple.fr");
        assertThat(first.getCodeService()).isEqualTo("UFRSCI");
        assertThat(first.isAgentHeberge()).isFalse();
        assertThat(first.getContratTravail().getTypeContrat()).isEqualTo("CDD");
        assertThat(first.getContratTravail().getDateFinPrevue()).isEqualTo("2026-08-31");
        assertThat(first.getStatut()).isEqualTo("CONT");
        assertThat(first.getCorps()).isEqualTo("IGE");
        PersonneRessource stored = simulator.person("UEX000100042").orElseThrow().person();
        assertThat(stored.getNom()).isEqualTo("D'Almeida-N'Diaye");
        assertThat(stored.getDateFinActivite()).isEqualTo("2027-08-31");
        assertThat(simulator.acceptedPersons()).hasSize(2);
    }

    @Test
    void invalidDataFaultNamesField() {
        record Case(String name, String code, String field, Consumer<PersonneRessource> change) { }
        List<Case> cases = List.of(
                new Case("missing last name", "MISSING_FIELD", "personneRessource.nom", p -> p.setNom(" ")),
                new Case("missing first name", "MISSING_FIELD", "personneRessource.prenom", p -> p.setPrenom(null)),
                new Case("short matricule", "INVALID_FORMAT", "personneRessource.matricule",
                        p -> p.setMatricule("UEX00010004")),
                new Case("lower-case matricule", "INVALID_FORMAT", "personneRessource.matricule",
                        p -> p.setMatricule("uex000100042")),
                new Case("invalid e-mail", "INVALID_FORMAT", "personneRessource.email",
                        p -> p.setEmail("marie.lefevre@")),
                new Case("e-mail with space", "INVALID_FORMAT", "personneRessource.email",
                        p -> p.setEmail("marie lefevre@univ-exemple.fr")),
                new Case("missing service", "MISSING_FIELD", "personneRessource.codeService",
                        p -> p.setCodeService(null)),
                new Case("missing activity start", "MISSING_FIELD", "personneRessource.dateDebutActivite",
                        p -> p.setDateDebutActivite(null)),
                new Case("invalid activity start", "INVALID_FORMAT", "personneRessource.dateDebutActivite",
                        p -> p.setDateDebutActivite("01/09/2022")),
                new Case("activity end before start", "INVALID_DATES", "personneRessource.dateFinActivite",
                        p -> p.setDateFinActivite("2022-08-31")),
                new Case("contract end before start", "INVALID_DATES", "personneRessource.contratTravail.dateFinPrevue",
                        p -> p.getContratTravail().setDateFinPrevue("2020-01-01")));

        for (Case testCase : cases) {
            PersonneRessource person = person("UEX000100042");
            testCase.change().accept(person);

            SinchroFault fault = catchThrowableOfType(SinchroFault.class, () -> persons.creerPersonneRessource(person));

            assertThat(fault).as(testCase.name()).isNotNull();
            assertThat(fault.getFaultInfo().getCode()).as(testCase.name()).isEqualTo(testCase.code());
            assertThat(fault.getFaultInfo().getField()).as(testCase.name()).isEqualTo(testCase.field());
            assertThat(fault.getFaultInfo().getMessage()).as(testCase.name()).isNotBlank();
        }
        assertThat(simulator.persons()).isEmpty();
        assertThat(simulator.receivedPersons()).hasSize(cases.size()).noneMatch(ReceivedPerson::accepted);
    }

    @Test
    void createExistingIsRejected() throws SinchroFault {
        persons.creerPersonneRessource(person("UEX000100042"));

        SinchroFault fault = catchThrowableOfType(SinchroFault.class,
                () -> persons.creerPersonneRessource(person("UEX000100042")));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("ALREADY_EXISTS");
        assertThat(fault.getFaultInfo().getField()).isEqualTo("personneRessource.matricule");
        assertThat(fault.getFaultInfo().getMessage()).contains("UEX000100042");
        assertThat(simulator.receivedPersons()).extracting(ReceivedPerson::faultCode)
                .containsExactly(null, "ALREADY_EXISTS");
    }

    @Test
    void modifyUnknownIsRejected() {
        SinchroFault fault = catchThrowableOfType(SinchroFault.class,
                () -> persons.modifierPersonneRessource(person("UEX000100042")));

        assertThat(fault.getFaultInfo().getCode()).isEqualTo("NOT_FOUND");
        assertThat(fault.getFaultInfo().getField()).isEqualTo("personneRessource.matricule");
        assertThat(simulator.person("UEX000100042")).isEmpty();
    }

    @Test
    void listsActivePersons() throws SinchroFault {
        persons.creerPersonneRessource(person("UEX000100001"));
        PersonneRessource ended = person("UEX000100002");
        ended.setDateFinActivite("2025-06-30");
        persons.creerPersonneRessource(ended);
        PersonneRessource future = person("UEX000100003");
        future.setDateDebutActivite("2026-09-01");
        future.getContratTravail().setDateDebut("2026-09-01");
        future.getContratTravail().setDateFinPrevue(null);
        persons.creerPersonneRessource(future);
        String preloadedId = simulator.addPerson(person("UEX000100004"));

        List<IdentifiantPersonne> active = persons.listerPersonnesActives("2026-01-15");

        assertThat(active).extracting(IdentifiantPersonne::getMatricule)
                .containsExactly("UEX000100001", "UEX000100004");
        assertThat(active.get(1).getIdentifiant()).isEqualTo(preloadedId);
        assertThat(persons.listerPersonnesActives("2026-09-01")).extracting(IdentifiantPersonne::getMatricule)
                .containsExactly("UEX000100001", "UEX000100003", "UEX000100004");
    }

    @Test
    void failNextCallsAnswers503() throws SinchroFault {
        simulator.failNextCalls(2);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> persons.creerPersonneRessource(person("UEX000100042")))
                    .isInstanceOf(WebServiceException.class)
                    .hasStackTraceContaining("503");
        }
        persons.creerPersonneRessource(person("UEX000100042"));

        assertThat(simulator.requestCount()).isEqualTo(3);
        assertThat(simulator.receivedPersons()).singleElement().matches(ReceivedPerson::accepted);
    }

    @Test
    void failForDurationAnswers503UntilOver() {
        simulator.failFor(Duration.ofMillis(600));

        assertThatThrownBy(() -> persons.listerPersonnesActives(null))
                .isInstanceOf(WebServiceException.class)
                .hasStackTraceContaining("503");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(WebServiceException.class)
                .until(() -> persons.listerPersonnesActives(null).isEmpty());
    }

    @Test
    void delayNextCallsTimesOutClient() throws SinchroFault {
        PersonneRessourceWebService impatient = SoapTestClients.client(PersonneRessourceWebService.class,
                simulator.addresses().get(SinchroSimulator.PERSONNE_RESSOURCE), null, null, Duration.ofMillis(300));
        simulator.delayNextCalls(1, Duration.ofSeconds(2));

        WebServiceException timeout = catchThrowableOfType(WebServiceException.class,
                () -> impatient.creerPersonneRessource(person("UEX000100042")));

        assertThat(causes(timeout)).hasAtLeastOneElementOfType(HttpTimeoutException.class);

        // The slow call is still processed after its delay, as a slow server does.
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.person("UEX000100042").isPresent());
        IdentifiantPersonne fast = impatient.modifierPersonneRessource(person("UEX000100042"));
        assertThat(fast.getMatricule()).isEqualTo("UEX000100042");
    }

    @Test
    void resetFailuresSwitchesOff() {
        simulator.failNextCalls(5);
        simulator.delayNextCalls(5, Duration.ofSeconds(5));
        simulator.resetFailures();

        assertThat(persons.listerPersonnesActives(null)).isEmpty();
    }

    @Test
    void concurrentCreatesAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int first = thread * 25;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < first + 25; i++) {
                        persons.creerPersonneRessource(person(String.format("UEX%09d", 200_000 + i)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(simulator.receivedPersons()).hasSize(100).allMatch(ReceivedPerson::accepted);
        assertThat(simulator.persons()).hasSize(100);
        assertThat(simulator.persons().values()).extracting(SinchroSimulator.StoredPerson::id).doesNotHaveDuplicates();
    }

    @Test
    void absenceCreateAndDelete() throws Exception {
        persons.creerPersonneRessource(person("UEX000100042"));
        Absence absence = absence("CONGE-1", "UEX000100042");

        String id = absences.creerAbsence(absence).getIdentifiant();
        absences.supprimerAbsence("CONGE-1");

        assertThat(id).isNotBlank();
        assertThat(simulator.receivedAbsences()).extracting(SinchroSimulator.ReceivedAbsence::operation)
                .containsExactly(SinchroSimulator.AbsenceOperation.CREATE, SinchroSimulator.AbsenceOperation.DELETE);
        Absence received = simulator.receivedAbsences().get(0).absence();
        assertThat(received.getTypeAbsence()).isEqualTo("CA");
        assertThat(received.getDebutDemiJournee()).isEqualTo(DemiJournee.APRES_MIDI);
        assertThat(received.getDateFin()).isEqualTo("2026-02-13");
        assertThat(simulator.absences()).isEmpty();
    }

    @Test
    void absenceListFiltersByMatricule() throws Exception {
        persons.creerPersonneRessource(person("UEX000100042"));
        persons.creerPersonneRessource(person("UEX000100043"));
        absences.creerAbsence(absence("CONGE-1", "UEX000100042"));
        absences.creerAbsence(absence("CONGE-2", "UEX000100043"));

        assertThat(absences.listerAbsences("UEX000100043")).extracting(Absence::getIdentifiantSource)
                .containsExactly("CONGE-2");
        assertThat(absences.listerAbsences(null)).extracting(Absence::getIdentifiantSource)
                .containsExactlyInAnyOrder("CONGE-1", "CONGE-2");
    }

    @Test
    void absenceFaults() throws Exception {
        persons.creerPersonneRessource(person("UEX000100042"));
        absences.creerAbsence(absence("CONGE-1", "UEX000100042"));
        Absence reversed = absence("CONGE-2", "UEX000100042");
        reversed.setDateFin("2026-02-01");
        Absence sameDay = absence("CONGE-3", "UEX000100042");
        sameDay.setDateFin(sameDay.getDateDebut());
        sameDay.setFinDemiJournee(DemiJournee.MATIN);

        assertAbsenceFault(() -> absences.creerAbsence(absence("CONGE-1", "UEX000100042")), "ALREADY_EXISTS",
                "absence.identifiantSource");
        assertAbsenceFault(() -> absences.creerAbsence(absence("CONGE-4", "UEX000999999")), "NOT_FOUND",
                "absence.matricule");
        assertAbsenceFault(() -> absences.creerAbsence(reversed), "INVALID_DATES", "absence.dateFin");
        assertAbsenceFault(() -> absences.creerAbsence(sameDay), "INVALID_DATES", "absence.finDemiJournee");
        assertAbsenceFault(() -> absences.supprimerAbsence("CONGE-9"), "NOT_FOUND", "identifiantSource");
        assertThat(simulator.absences()).containsOnlyKeys("CONGE-1");
    }

    private static void assertAbsenceFault(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
                                           String field) {
        fr.passerelle.contract.sinchro.absence.SinchroFault fault = catchThrowableOfType(
                fr.passerelle.contract.sinchro.absence.SinchroFault.class, call);
        assertThat(fault).as(code + " " + field).isNotNull();
        assertThat(fault.getFaultInfo().getCode()).isEqualTo(code);
        assertThat(fault.getFaultInfo().getField()).isEqualTo(field);
    }

    private static List<Throwable> causes(Throwable throwable) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static Absence absence(String sourceId, String matricule) {
        Absence absence = new Absence();
        absence.setIdentifiantSource(sourceId);
        absence.setMatricule(matricule);
        absence.setTypeAbsence("CA");
        absence.setDateDebut("2026-02-09");
        absence.setDebutDemiJournee(DemiJournee.APRES_MIDI);
        absence.setDateFin("2026-02-13");
        return absence;
    }

    static PersonneRessource person(String matricule) {
        PersonneRessource person = new PersonneRessource();
        person.setMatricule(matricule);
        person.setGenre(Genre.F);
        person.setNom("Lefèvre");
        person.setPrenom("Marie-Hélène");
        person.setEmail("marie-helene.lefevre@univ-exemple.fr");
        person.setCodeService("UFRSCI");
        person.setAgentHeberge(false);
        ContratTravail contract = new ContratTravail();
        contract.setTypeContrat("CDD");
        contract.setDateDebut("2022-09-01");
        contract.setDateFinPrevue("2026-08-31");
        person.setContratTravail(contract);
        person.setDateDebutActivite("2022-09-01");
        person.setStatut("CONT");
        person.setCorps("IGE");
        return person;
    }
}
