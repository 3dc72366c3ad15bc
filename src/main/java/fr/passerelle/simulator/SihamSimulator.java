package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.ParamModifDP;
import fr.passerelle.contract.siham.dossieragentdate.DossierAgentDateWebService;
import fr.passerelle.contract.siham.dossierparametrage.DossierParametrageWebService;
import fr.passerelle.contract.siham.indicateur.IndicateurWebservice;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.siham.listeparametrage.ListeParametrageWebService;
import fr.passerelle.contract.siham.nomenclaturepec.NomenclaturePECWebService;
import fr.passerelle.contract.siham.pec.PECWebService;
import fr.passerelle.contract.siham.pec.ResultatPEC;
import fr.passerelle.contract.siham.rechercheagent.RechercheAgentWebService;
import fr.passerelle.contract.siham.utilisateurs.ResultatUtilisateur;
import fr.passerelle.contract.siham.utilisateurs.UtilisateurSiham;
import fr.passerelle.contract.siham.utilisateurs.UtilisateursService;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simulated SIHAM: its ten web services over the sample agents, organisational units and nomenclatures, on CXF
 * servers.
 *
 * <p>Like the real DossierAgentWebService and DossierAgentDateWebService, it rejects a call to one of them that
 * arrives while another call to the same service is in progress, with a SOAP fault. Write operations
 * (ModifDonneesPersonnelles, the PECWebService operations, UtilisateursService) change the simulator's data and are
 * kept in order for tests to read. It checks HTTP Basic credentials once {@link #requireCredentials} has set them.
 *
 * <p>A test can modify an agent, so that RecupAgentsModifies returns it, hold DossierAgentWebService calls to make
 * two of them overlap, and make the services unavailable (HTTP 503) or slow.
 */
public final class SihamSimulator implements ProductSimulator {

    public static final String LISTE_AGENTS = "ListeAgentsWebService";
    public static final String DOSSIER_AGENT = "DossierAgentWebService";
    public static final String DOSSIER_AGENT_DATE = "DossierAgentDateWebService";
    public static final String LISTE_PARAMETRAGE = "ListeParametrageWebService";
    public static final String DOSSIER_PARAMETRAGE = "DossierParametrageWebService";
    public static final String INDICATEUR = "IndicateurWebservice";
    public static final String UTILISATEURS = "UtilisateursService";
    public static final String NOMENCLATURE_PEC = "NomenclaturePECWebService";
    public static final String RECHERCHE_AGENT = "RechercheAgentWebService";
    public static final String PEC = "PECWebService";

    private static final Logger LOG = LoggerFactory.getLogger(SihamSimulator.class);
    private static final Duration MAX_HOLD = Duration.ofSeconds(60);

    private final Map<String, SihamSampleAgent> agents = new ConcurrentSkipListMap<>();
    private final Map<String, SihamSampleStructure> structures = new ConcurrentSkipListMap<>();
    private final List<SihamSampleNomenclature> nomenclatures;
    private final Map<String, SihamUser> users = new ConcurrentSkipListMap<>();
    private final List<ReceivedUserRequest> receivedUserRequests = new CopyOnWriteArrayList<>();
    private final List<ReceivedPecRequest> receivedPecRequests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> exclusiveCallsInProgress = Map.of(
            DOSSIER_AGENT, new AtomicInteger(), DOSSIER_AGENT_DATE, new AtomicInteger());
    private final Clock clock;
    private final BasicAuthCheck authCheck = new BasicAuthCheck("SIHAM");
    private final FailureSwitch failureSwitch;
    private final List<ReceivedChange> receivedChanges = new CopyOnWriteArrayList<>();
    /** Guards changes to the agents, so that a check and the change that follows it are one step. */
    final Object lock = new Object();
    private volatile CountDownLatch dossierHold;
    private LocalDateTime lastModification = LocalDateTime.MIN;
    private SoapEndpoints endpoints;

    /**
     * A ModifDonneesPersonnelles request the simulator received, with the statutMAJ it returned (1 when it was
     * applied).
     */
    public record ReceivedChange(ParamModifDP request, String statutMaj) {

        public boolean applied() {
            return "1".equals(statutMaj);
        }
    }

    /** A user account of UtilisateursService, with whether it is active. */
    public record SihamUser(UtilisateurSiham user, boolean active) {
    }

    /** A UtilisateursService request (the account, or only the login to disable) and the result returned. */
    public record ReceivedUserRequest(String operation, String login, UtilisateurSiham user,
                                      ResultatUtilisateur result) {
    }

    /** A PECWebService request, with the name of its operation and the result returned. */
    public record ReceivedPecRequest(String operation, Object request, ResultatPEC result) {

        public boolean applied() {
            return SihamPecEndpoint.SUCCESS.equals(result.getStatut());
        }
    }

    /** Creates a simulator over the given agents and the generated units and nomenclatures, on the system clock. */
    public SihamSimulator(Collection<SihamSampleAgent> sampleAgents) {
        this(sampleAgents, Clock.systemDefaultZone());
    }

    /** Creates a simulator over the given agents and the generated units and nomenclatures. */
    public SihamSimulator(Collection<SihamSampleAgent> sampleAgents, Clock clock) {
        this(sampleAgents, SihamSampleGenerator.structures(), SihamSampleGenerator.nomenclatures(), clock);
    }

    /** Creates a simulator whose clock dates modifications and stands for today when a request gives no date. */
    public SihamSimulator(Collection<SihamSampleAgent> sampleAgents, Collection<SihamSampleStructure> sampleStructures,
                          Collection<SihamSampleNomenclature> sampleNomenclatures, Clock clock) {
        this.clock = clock;
        this.failureSwitch = new FailureSwitch("SIHAM", clock);
        for (SihamSampleAgent agent : sampleAgents) {
            if (agents.putIfAbsent(agent.matricule(), agent) != null) {
                throw new IllegalArgumentException("Duplicate SIHAM sample agent " + agent.matricule());
            }
        }
        for (SihamSampleStructure structure : sampleStructures) {
            if (structures.putIfAbsent(structure.structure().getCodeUO(), structure) != null) {
                throw new IllegalArgumentException("Duplicate SIHAM sample unit " + structure.structure().getCodeUO());
            }
        }
        this.nomenclatures = List.copyOf(sampleNomenclatures);
    }

    /** Creates a simulator over the sample data in {@code samples/siham}, read from the working folder. */
    public static SihamSimulator fromSamples() {
        return fromFolder(SihamSamples.DEFAULT_FOLDER);
    }

    /**
     * Creates a simulator over siham/agents.json, siham/structures.json and siham/nomenclatures.json in the given
     * samples folder.
     */
    public static SihamSimulator fromSamples(Path samplesDir) {
        return fromFolder(samplesDir.resolve("siham"));
    }

    /** Creates a simulator over agents.json, structures.json and nomenclatures.json in the given folder. */
    public static SihamSimulator fromFolder(Path folder) {
        return new SihamSimulator(
                SihamSamples.read(folder.resolve("agents.json")),
                SihamSamples.readStructures(folder.resolve(SihamSamples.STRUCTURES_FILE)),
                SihamSamples.readNomenclatures(folder.resolve(SihamSamples.NOMENCLATURES_FILE)),
                Clock.systemDefaultZone());
    }

    @Override
    public String product() {
        return "siham";
    }

    @Override
    public synchronized void start(String baseAddress) {
        if (endpoints != null) {
            throw new IllegalStateException("SIHAM simulator already started at " + endpoints.addresses());
        }
        String base = SoapEndpoints.checkLoopback(baseAddress);
        SoapEndpoints started = new SoapEndpoints();
        List<Interceptor<? extends Message>> checks = List.of(failureSwitch, authCheck);
        try {
            started.publish(base, LISTE_AGENTS, ListeAgentsWebService.class, new SihamListeAgentsEndpoint(this),
                    checks);
            started.publish(base, DOSSIER_AGENT, DossierAgentWebService.class,
                    new SihamDossierAgentEndpoint(this), checks);
            started.publish(base, DOSSIER_AGENT_DATE, DossierAgentDateWebService.class,
                    new SihamDossierAgentDateEndpoint(this), checks);
            started.publish(base, LISTE_PARAMETRAGE, ListeParametrageWebService.class,
                    new SihamListeParametrageEndpoint(this), checks);
            started.publish(base, DOSSIER_PARAMETRAGE, DossierParametrageWebService.class,
                    new SihamDossierParametrageEndpoint(this), checks);
            started.publish(base, INDICATEUR, IndicateurWebservice.class, new SihamIndicateurEndpoint(this),
                    checks);
            started.publish(base, UTILISATEURS, UtilisateursService.class, new SihamUtilisateursEndpoint(this),
                    checks);
            started.publish(base, NOMENCLATURE_PEC, NomenclaturePECWebService.class,
                    new SihamNomenclaturePecEndpoint(this), checks);
            started.publish(base, RECHERCHE_AGENT, RechercheAgentWebService.class,
                    new SihamRechercheAgentEndpoint(this), checks);
            started.publish(base, PEC, PECWebService.class, new SihamPecEndpoint(this), checks);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        endpoints = started;
        LOG.info("SIHAM simulator started with {} agents at {}", agents.size(), started.addresses());
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
            LOG.info("SIHAM simulator stopped");
        }
    }

    /** Makes every service check HTTP Basic credentials; a request without them gets HTTP 401. */
    public void requireCredentials(String username, String password) {
        authCheck.require(username, password);
    }

    /** Returns the sample agents in their current state, by matricule. */
    public List<SihamSampleAgent> agents() {
        return new ArrayList<>(agents.values());
    }

    public Optional<SihamSampleAgent> agent(String matricule) {
        return Optional.ofNullable(agents.get(matricule));
    }

    /**
     * Applies a change to a copy of an agent, stores it and dates its modification now, so that RecupAgentsModifies
     * returns it for any observation time before now.
     *
     * @return the modification time recorded
     * @throws NoSuchElementException when no agent has this matricule
     */
    public LocalDateTime modifyAgent(String matricule, Consumer<SihamSampleAgent> change) {
        synchronized (lock) {
            SihamSampleAgent current = agents.get(matricule);
            if (current == null) {
                throw new NoSuchElementException("No SIHAM sample agent " + matricule);
            }
            SihamSampleAgent copy = SihamSamples.copy(current);
            change.accept(copy);
            LocalDateTime time = nextModificationTime();
            agents.put(matricule, copy.withModifiedAt(time));
            LOG.info("SIHAM simulator modified agent {} at {}", matricule, time);
            return time;
        }
    }

    /**
     * Holds DossierAgentWebService and DossierAgentDateWebService calls once they have started, until the returned
     * hold is closed.
     */
    public Hold holdDossierAgentCalls() {
        CountDownLatch latch = new CountDownLatch(1);
        dossierHold = latch;
        return () -> {
            dossierHold = null;
            latch.countDown();
        };
    }

    /** A hold on DossierAgentWebService calls; closing it lets them finish. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    public int dossierAgentCallsInProgress() {
        return exclusiveCallsInProgress.get(DOSSIER_AGENT).get();
    }

    public int dossierAgentDateCallsInProgress() {
        return exclusiveCallsInProgress.get(DOSSIER_AGENT_DATE).get();
    }

    /** Returns the organisational units, by code. */
    public List<SihamSampleStructure> structures() {
        return new ArrayList<>(structures.values());
    }

    public List<SihamSampleNomenclature> nomenclatures() {
        return nomenclatures;
    }

    /** Returns the user accounts created through UtilisateursService, by login. */
    public Map<String, SihamUser> users() {
        return new TreeMap<>(users);
    }

    /** Returns the UtilisateursService requests received, in order, the rejected ones included. */
    public List<ReceivedUserRequest> receivedUserRequests() {
        return List.copyOf(receivedUserRequests);
    }

    /** Returns the PECWebService requests received, in order, the rejected ones included. */
    public List<ReceivedPecRequest> receivedPecRequests() {
        return List.copyOf(receivedPecRequests);
    }

    /** Returns the ModifDonneesPersonnelles requests received, in order. */
    public List<ReceivedChange> receivedChanges() {
        return List.copyOf(receivedChanges);
    }

    /** Responds with HTTP 503 to the next {@code count} requests, to any service. */
    public void failNextCalls(int count) {
        failureSwitch.failNextCalls(count);
    }

    /** Responds with HTTP 503 to every request during the given time from now. */
    public void failFor(Duration duration) {
        failureSwitch.failFor(duration);
    }

    /** Delays the next {@code count} requests by the given time before processing them. */
    public void delayNextCalls(int count, Duration delay) {
        failureSwitch.delayNextCalls(count, delay);
    }

    /** Switches off every 503 and delay. */
    public void resetFailures() {
        failureSwitch.reset();
    }

    /** Returns the number of HTTP requests received, including the rejected ones. */
    public int requestCount() {
        return failureSwitch.requestCount();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Map<String, SihamSampleAgent> agentsByMatricule() {
        return agents;
    }

    Map<String, SihamSampleStructure> structuresByCode() {
        return structures;
    }

    Map<String, SihamUser> usersByLogin() {
        return users;
    }

    void recordUserRequest(String operation, String login, UtilisateurSiham user, ResultatUtilisateur result) {
        receivedUserRequests.add(new ReceivedUserRequest(operation, login, user, result));
    }

    void recordPecRequest(String operation, Object request, ResultatPEC result) {
        receivedPecRequests.add(new ReceivedPecRequest(operation, request, result));
    }

    /** Stores a new agent, dated now; the caller has checked that its matricule is new. */
    void addAgent(SihamSampleAgent agent) {
        synchronized (lock) {
            agents.put(agent.matricule(), agent.withModifiedAt(nextModificationTime()));
        }
    }

    /** Returns the matricule after the greatest one in use, with the same prefix. */
    String nextMatricule() {
        synchronized (lock) {
            String last = agents.isEmpty() ? SihamSampleGenerator.PREFIX + "000000000" : agents.keySet().stream()
                    .max(String::compareTo).orElseThrow();
            long number = Long.parseLong(last.substring(3)) + 1;
            return last.substring(0, 3) + String.format("%09d", number);
        }
    }

    void replaceAgent(SihamSampleAgent agent) {
        synchronized (lock) {
            agents.put(agent.matricule(), agent.withModifiedAt(nextModificationTime()));
        }
    }

    void recordChange(ParamModifDP request, String statutMaj) {
        receivedChanges.add(new ReceivedChange(request, statutMaj));
    }

    /**
     * Runs an operation of a service that does not support concurrent calls (DossierAgentWebService or
     * DossierAgentDateWebService) unless another call to that service is in progress, in which case it raises a SOAP
     * fault, as the real service does.
     */
    <T> T exclusively(String service, String operation, Supplier<T> body) {
        AtomicInteger inProgress = exclusiveCallsInProgress.get(service);
        if (inProgress.incrementAndGet() > 1) {
            inProgress.decrementAndGet();
            LOG.warn("SIHAM simulator rejected {}: another {} call is in progress", operation, service);
            throw SoapFaults.server(service + " does not support concurrent calls: " + operation
                    + " rejected while another call is in progress; send one request at a time");
        }
        try {
            awaitHold();
            return body.get();
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private void awaitHold() {
        CountDownLatch latch = dossierHold;
        if (latch == null) {
            return;
        }
        try {
            if (!latch.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("SIHAM simulator released a DossierAgentWebService call held for more than {}", MAX_HOLD);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns now, or one millisecond after the last modification when the clock has not moved since. */
    private LocalDateTime nextModificationTime() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime time = now.isAfter(lastModification) ? now : lastModification.plus(1, ChronoUnit.MILLIS);
        lastModification = time;
        return time;
    }
}
