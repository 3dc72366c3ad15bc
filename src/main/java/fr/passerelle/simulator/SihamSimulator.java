package fr.passerelle.simulator;

import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.ParamModifDP;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simulated SIHAM: ListeAgentsWebService and DossierAgentWebService over the sample agents, on CXF servers.
 *
 * <p>Like the real DossierAgentWebService, it rejects a call that arrives while another one is in progress, with a
 * SOAP fault. It checks HTTP Basic credentials once {@link #requireCredentials} has set them. A test can modify an
 * agent, so that RecupAgentsModifies returns it, hold DossierAgentWebService calls to make two of them overlap, and
 * make the services unavailable (HTTP 503) or slow.
 */
public final class SihamSimulator implements ProductSimulator {

    public static final String LISTE_AGENTS = "ListeAgentsWebService";
    public static final String DOSSIER_AGENT = "DossierAgentWebService";

    private static final Logger LOG = LoggerFactory.getLogger(SihamSimulator.class);
    private static final Duration MAX_HOLD = Duration.ofSeconds(60);

    private final Map<String, SihamSampleAgent> agents = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private final BasicAuthCheck authCheck = new BasicAuthCheck("SIHAM");
    private final FailureSwitch failureSwitch;
    private final AtomicInteger dossierCallsInProgress = new AtomicInteger();
    private final List<ReceivedChange> receivedChanges = new CopyOnWriteArrayList<>();
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

    public SihamSimulator(Collection<SihamSampleAgent> sampleAgents) {
        this(sampleAgents, Clock.systemDefaultZone());
    }

    /** Creates a simulator whose clock dates modifications and stands for today when a request gives no date. */
    public SihamSimulator(Collection<SihamSampleAgent> sampleAgents, Clock clock) {
        this.clock = clock;
        this.failureSwitch = new FailureSwitch("SIHAM", clock);
        for (SihamSampleAgent agent : sampleAgents) {
            if (agents.putIfAbsent(agent.matricule(), agent) != null) {
                throw new IllegalArgumentException("Duplicate SIHAM sample agent " + agent.matricule());
            }
        }
    }

    /** Creates a simulator over {@code samples/siham/agents.json}, read from the working folder. */
    public static SihamSimulator fromSamples() {
        return fromFile(SihamSamples.DEFAULT_FILE);
    }

    public static SihamSimulator fromFile(Path file) {
        return new SihamSimulator(SihamSamples.read(file));
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
        SoapEndpoints started = new SoapEndpoints();
        try {
            started.publish(baseAddress, LISTE_AGENTS, ListeAgentsWebService.class, new SihamListeAgentsEndpoint(this),
                    List.of(failureSwitch, authCheck));
            started.publish(baseAddress, DOSSIER_AGENT, DossierAgentWebService.class,
                    new SihamDossierAgentEndpoint(this), List.of(failureSwitch, authCheck));
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
    public synchronized LocalDateTime modifyAgent(String matricule, Consumer<SihamSampleAgent> change) {
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

    /** Holds DossierAgentWebService calls once they have started, until the returned hold is closed. */
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
        return dossierCallsInProgress.get();
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

    synchronized void replaceAgent(SihamSampleAgent agent) {
        agents.put(agent.matricule(), agent.withModifiedAt(nextModificationTime()));
    }

    void recordChange(ParamModifDP request, String statutMaj) {
        receivedChanges.add(new ReceivedChange(request, statutMaj));
    }

    /**
     * Runs a DossierAgentWebService operation unless another one is in progress, in which case it raises a SOAP
     * fault, as the real service does.
     */
    <T> T exclusively(String operation, Supplier<T> body) {
        if (dossierCallsInProgress.incrementAndGet() > 1) {
            dossierCallsInProgress.decrementAndGet();
            LOG.warn("SIHAM simulator rejected {}: another DossierAgentWebService call is in progress", operation);
            throw SoapFaults.server(DOSSIER_AGENT + " does not support concurrent calls: " + operation
                    + " rejected while another call is in progress; send one request at a time");
        }
        try {
            awaitHold();
            return body.get();
        } finally {
            dossierCallsInProgress.decrementAndGet();
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

    private LocalDateTime nextModificationTime() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime time = now.isAfter(lastModification) ? now : lastModification.plus(1, ChronoUnit.MILLIS);
        lastModification = time;
        return time;
    }
}
