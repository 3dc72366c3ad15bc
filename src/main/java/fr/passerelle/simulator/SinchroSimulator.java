package fr.passerelle.simulator;

import fr.passerelle.contract.sinchro.absence.Absence;
import fr.passerelle.contract.sinchro.absence.AbsenceWebService;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessourceWebService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated SINCHRO: PersonneRessourceWebService and AbsenceWebService on CXF servers.
 *
 * <p>It keeps every request it received, in order, with the fault code it returned (null when it was accepted), and
 * the current state per matricule and per absence. It rejects invalid data with the SinchroFault naming the field. A
 * test can make it unavailable (HTTP 503) or slow for a number of calls or a while.
 */
public final class SinchroSimulator implements ProductSimulator {

    public static final String PERSONNE_RESSOURCE = "PersonneRessourceWebService";
    public static final String ABSENCE = "AbsenceWebService";

    private static final Logger LOG = LoggerFactory.getLogger(SinchroSimulator.class);

    private final Clock clock;
    private final FailureSwitch failureSwitch;
    private final BasicAuthCheck authCheck = new BasicAuthCheck("SINCHRO");
    private final List<ReceivedPerson> receivedPersons = new CopyOnWriteArrayList<>();
    private final List<ReceivedAbsence> receivedAbsences = new CopyOnWriteArrayList<>();
    private final Map<String, StoredPerson> persons = new ConcurrentHashMap<>();
    private final Map<String, StoredAbsence> absences = new ConcurrentHashMap<>();
    private final AtomicInteger personSequence = new AtomicInteger();
    private final AtomicInteger absenceSequence = new AtomicInteger();
    /** Guards the state, so that a check and the change that follows it are one step. */
    final Object lock = new Object();
    private SoapEndpoints endpoints;

    public enum PersonOperation { CREATE, MODIFY }

    public enum AbsenceOperation { CREATE, DELETE }

    /**
     * A creerPersonneRessource or modifierPersonneRessource request, with the SinchroFault code returned, or null
     * when it was accepted.
     */
    public record ReceivedPerson(PersonOperation operation, PersonneRessource person, String faultCode) {

        public boolean accepted() {
            return faultCode == null;
        }
    }

    /**
     * A creerAbsence request (with its absence) or supprimerAbsence request (with only the source identifier), with
     * the SinchroFault code returned, or null when it was accepted.
     */
    public record ReceivedAbsence(AbsenceOperation operation, String sourceId, Absence absence, String faultCode) {

        public boolean accepted() {
            return faultCode == null;
        }
    }

    /** A resource person as SINCHRO stores it, with its SINCHRO identifier. */
    public record StoredPerson(String id, PersonneRessource person) {
    }

    /** An absence as SINCHRO stores it, with its SINCHRO identifier. */
    public record StoredAbsence(String id, Absence absence) {
    }

    public SinchroSimulator() {
        this(Clock.systemDefaultZone());
    }

    /** Creates a simulator whose clock stands for today when listerPersonnesActives gives no date. */
    public SinchroSimulator(Clock clock) {
        this.clock = clock;
        this.failureSwitch = new FailureSwitch("SINCHRO", clock);
    }

    @Override
    public String product() {
        return "sinchro";
    }

    @Override
    public synchronized void start(String baseAddress) {
        if (endpoints != null) {
            throw new IllegalStateException("SINCHRO simulator already started at " + endpoints.addresses());
        }
        String base = SoapEndpoints.checkLoopback(baseAddress);
        SoapEndpoints started = new SoapEndpoints();
        try {
            started.publish(base, PERSONNE_RESSOURCE, PersonneRessourceWebService.class,
                    new SinchroPersonneRessourceEndpoint(this), List.of(failureSwitch, authCheck));
            started.publish(base, ABSENCE, AbsenceWebService.class, new SinchroAbsenceEndpoint(this),
                    List.of(failureSwitch, authCheck));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        endpoints = started;
        LOG.info("SINCHRO simulator started at {}", started.addresses());
    }

    @Override
    public synchronized Map<String, String> addresses() {
        return endpoints == null ? Map.of() : endpoints.addresses();
    }

    @Override
    public synchronized void close() {
        if (endpoints != null) {
            endpoints.close();
            endpoints = null;
            LOG.info("SINCHRO simulator stopped");
        }
    }

    /** Makes every service check HTTP Basic credentials; a request without them gets HTTP 401. */
    public void requireCredentials(String username, String password) {
        authCheck.require(username, password);
    }

    /**
     * Stores a resource person as if SINCHRO already had it, without recording a request; returns its SINCHRO
     * identifier.
     */
    public String addPerson(PersonneRessource person) {
        synchronized (lock) {
            String id = nextPersonId();
            persons.put(person.getMatricule(), new StoredPerson(id, person));
            return id;
        }
    }

    /** Returns the resource person requests received, in order, the rejected ones included. */
    public List<ReceivedPerson> receivedPersons() {
        return List.copyOf(receivedPersons);
    }

    /** Returns the resource persons of the accepted requests, in order. */
    public List<PersonneRessource> acceptedPersons() {
        return receivedPersons.stream().filter(ReceivedPerson::accepted).map(ReceivedPerson::person).toList();
    }

    /** Returns the current state of the resource person with this matricule. */
    public Optional<StoredPerson> person(String matricule) {
        return Optional.ofNullable(persons.get(matricule));
    }

    /** Returns the current state of every resource person, by matricule. */
    public Map<String, StoredPerson> persons() {
        return new TreeMap<>(persons);
    }

    public List<ReceivedAbsence> receivedAbsences() {
        return List.copyOf(receivedAbsences);
    }

    /** Returns the absences not deleted, by source identifier. */
    public Map<String, StoredAbsence> absences() {
        return new TreeMap<>(absences);
    }

    /** Responds with HTTP 503 to the next {@code count} requests, to any service. */
    public void failNextCalls(int count) {
        failureSwitch.failNextCalls(count);
    }

    /** Responds with HTTP 503 to every request during the given time from now. */
    public void failFor(Duration duration) {
        failureSwitch.failFor(duration);
    }

    /** Delays the next {@code count} requests by the given time, then processes them. */
    public void delayNextCalls(int count, Duration delay) {
        failureSwitch.delayNextCalls(count, delay);
    }

    /** Switches off every 503 and delay. */
    public void resetFailures() {
        failureSwitch.reset();
    }

    /** Returns the number of HTTP requests received, including those rejected with 503 or 401. */
    public int requestCount() {
        return failureSwitch.requestCount();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Map<String, StoredPerson> personsByMatricule() {
        return persons;
    }

    Map<String, StoredAbsence> absencesBySourceId() {
        return absences;
    }

    void recordPerson(PersonOperation operation, PersonneRessource person, String faultCode) {
        receivedPersons.add(new ReceivedPerson(operation, person, faultCode));
    }

    void recordAbsence(AbsenceOperation operation, String sourceId, Absence absence, String faultCode) {
        receivedAbsences.add(new ReceivedAbsence(operation, sourceId, absence, faultCode));
    }

    String nextPersonId() {
        return String.format("PR%06d", personSequence.incrementAndGet());
    }

    String nextAbsenceId() {
        return String.format("AB%06d", absenceSequence.incrementAndGet());
    }
}
