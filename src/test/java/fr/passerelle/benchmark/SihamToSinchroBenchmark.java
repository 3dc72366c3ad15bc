package fr.passerelle.benchmark;

import fr.passerelle.canonical.Agent;
import fr.passerelle.contract.siham.dossieragent.DonneesAdministrativesAgent;
import fr.passerelle.contract.siham.dossieragent.DonneesPersonnellesAgent;
import fr.passerelle.contract.siham.dossieragent.DossierAgentWebService;
import fr.passerelle.contract.siham.dossieragent.MatriculeAgent;
import fr.passerelle.contract.siham.dossieragent.ParamListAgent;
import fr.passerelle.contract.siham.listeagents.AgentListe;
import fr.passerelle.contract.siham.listeagents.ListeAgentsWebService;
import fr.passerelle.contract.sinchro.personneressource.PersonneRessourceWebService;
import fr.passerelle.mapping.SihamAgentMapper;
import fr.passerelle.mapping.SinchroPersonMapper;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.runtime.TestRuntime;
import fr.passerelle.simulator.SihamSampleAgent;
import fr.passerelle.simulator.SihamSampleGenerator;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark, not a test: 10,000 SIHAM agents synced to SINCHRO through the bus (Quartz poll, SOAP, JMS on the embedded
 * broker, transacted consumer, H2). Beside it, in the same JVM and run, a baseline plain CXF client loop makes the same
 * SIHAM and SINCHRO calls with no Camel and no JMS.
 *
 * <p>Run it with {@code mvn -B test -Dtest=SihamToSinchroBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (surefire leaves {@code *Benchmark} out of the normal test run). Set {@code -Dbenchmark.agents=N} for another size.
 */
class SihamToSinchroBenchmark {

    private static final int AGENTS = Integer.getInteger("benchmark.agents", 10_000);
    private static final int BATCH = 50;

    @TempDir
    Path dataDir;

    @Test
    void syncTenThousandAgents() throws Exception {
        List<SihamSampleAgent> agents = SihamSampleGenerator.generate(42L, AGENTS);
        System.out.printf("siham-to-sinchro benchmark: %d agents, batch %d, Java %s, %d cores%n", AGENTS, BATCH,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        // Warm both paths once on a small set, so neither pays the JIT and class loading alone.
        runBaseline(agents.subList(0, 500));
        runBus(agents.subList(0, 500), dataDir.resolve("warm-up"), 2);

        Measure baseline = runBaseline(agents);
        Measure bus = runBus(agents, dataDir.resolve("bus"), 2);
        Measure bus4 = runBus(agents, dataDir.resolve("bus-4"), 4);

        print("baseline: plain CXF client loop", baseline);
        print("bus, 2 SINCHRO consumers", bus);
        print("bus, 4 SINCHRO consumers", bus4);
        System.out.printf("ratio bus/baseline: %.2f (2 consumers), %.2f (4 consumers)%n",
                bus.rate() / baseline.rate(), bus4.rate() / baseline.rate());
    }

    private record Measure(int agents, Duration elapsed, long heapPeakBytes) {
        double rate() {
            return agents / (elapsed.toNanos() / 1e9);
        }
    }

    private static void print(String label, Measure measure) {
        System.out.printf("%-34s %6d agents in %7.2f s = %8.1f agents/s, heap peak %5d MB%n", label,
                measure.agents(), measure.elapsed().toMillis() / 1000.0, measure.rate(),
                measure.heapPeakBytes() / (1024 * 1024));
    }

    /** Makes the same calls as the flow, one after the other, with generated CXF proxies. */
    private static Measure runBaseline(List<SihamSampleAgent> agents) throws Exception {
        try (SihamSimulator siham = new SihamSimulator(agents); SinchroSimulator sinchro = new SinchroSimulator()) {
            int port = freePort();
            siham.start("http://127.0.0.1:" + port + "/siham");
            sinchro.start("http://127.0.0.1:" + port + "/sinchro");
            ListeAgentsWebService list = proxy(ListeAgentsWebService.class,
                    siham.addresses().get(SihamSimulator.LISTE_AGENTS));
            DossierAgentWebService dossier = proxy(DossierAgentWebService.class,
                    siham.addresses().get(SihamSimulator.DOSSIER_AGENT));
            PersonneRessourceWebService persons = proxy(PersonneRessourceWebService.class,
                    sinchro.addresses().get(SinchroSimulator.PERSONNE_RESSOURCE));
            SihamAgentMapper mapper = new SihamAgentMapper();
            resetHeapPeak();
            long start = System.nanoTime();

            List<AgentListe> modified = list.recupAgentsModifies("2000-01-01T00:00:00");
            for (int from = 0; from < modified.size(); from += BATCH) {
                ParamListAgent request = new ParamListAgent();
                request.setDateObservation(LocalDate.now().toString());
                for (AgentListe agent : modified.subList(from, Math.min(modified.size(), from + BATCH))) {
                    MatriculeAgent item = new MatriculeAgent();
                    item.setMatricule(agent.getMatricule());
                    request.getListeMatricules().add(item);
                }
                List<DonneesPersonnellesAgent> personal = dossier.recupDonneesPersonnelles(request);
                List<DonneesAdministrativesAgent> administrative = dossier.recupDonneesAdministratives(request);
                for (Agent agent : mapper.toAgents(personal, administrative, LocalDate.now())) {
                    persons.creerPersonneRessource(SinchroPersonMapper.toResourcePerson(agent));
                }
            }

            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertThat(sinchro.persons()).hasSize(agents.size());
            return new Measure(agents.size(), elapsed, heapPeak());
        }
    }

    /** Runs the project's siham-to-sinchro flow, from the poll to the last SINCHRO call. */
    private static Measure runBus(List<SihamSampleAgent> agents, Path dataDir, int consumers) throws Exception {
        try (SihamSimulator siham = new SihamSimulator(agents); SinchroSimulator sinchro = new SinchroSimulator()) {
            int port = freePort();
            siham.start("http://127.0.0.1:" + port + "/siham");
            sinchro.start("http://127.0.0.1:" + port + "/sinchro");
            TestRuntime config = TestRuntime.in(dataDir).flow("siham-to-sinchro")
                    .with("siham.mode", "remote")
                    .with("sinchro.mode", "remote")
                    .with("flow.siham-to-sinchro.batch-size", String.valueOf(BATCH))
                    .with("flow.siham-to-sinchro.consumers", String.valueOf(consumers));
            siham.addresses().forEach((contract, address) ->
                    config.with(Simulators.addressProperty("siham", contract), address));
            sinchro.addresses().forEach((contract, address) ->
                    config.with(Simulators.addressProperty("sinchro", contract), address));
            try (PasserelleRuntime bus = config.start()) {
                resetHeapPeak();
                long start = System.nanoTime();
                bus.camelContext().createProducerTemplate().sendBody("direct:syncModifiedAgents", null);
                await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(20))
                        .until(() -> bus.flowStats().get("siham-to-sinchro", FlowStats.Outcome.DELIVERED)
                                >= agents.size());
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                assertThat(sinchro.persons()).hasSize(agents.size());
                return new Measure(agents.size(), elapsed, heapPeak());
            }
        }
    }

    private static <T> T proxy(Class<T> type, String address) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(type);
        factory.setAddress(address);
        return type.cast(factory.create());
    }

    private static void resetHeapPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the peak use of each heap pool since the last reset: an upper bound of the heap's own peak. */
    private static long heapPeak() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
