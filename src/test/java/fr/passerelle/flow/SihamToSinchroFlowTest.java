package fr.passerelle.flow;

import fr.passerelle.contract.sinchro.personneressource.PersonneRessource;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.runtime.TestRuntime;
import fr.passerelle.simulator.SihamSampleAgent;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import fr.passerelle.simulator.SinchroSimulator.PersonOperation;
import fr.passerelle.simulator.SinchroSimulator.ReceivedPerson;
import fr.passerelle.store.WatermarkStore;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The siham-to-sinchro flow end to end: the SIHAM and SINCHRO simulators over HTTP, the embedded broker and H2, the
 * route files of the project.
 */
class SihamToSinchroFlowTest {

    private static final String FLOW = "siham-to-sinchro";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private SihamSimulator siham;
    private SinchroSimulator sinchro;
    private final List<PasserelleRuntime> runtimes = new ArrayList<>();

    @BeforeEach
    void startSimulators() throws IOException {
        int port = freePort();
        siham = SihamSimulator.fromSamples(Path.of("samples"));
        siham.start("http://127.0.0.1:" + port + "/siham");
        sinchro = new SinchroSimulator();
        sinchro.start("http://127.0.0.1:" + port + "/sinchro");
    }

    @AfterEach
    void stopEverything() {
        runtimes.forEach(PasserelleRuntime::close);
        sinchro.close();
        siham.close();
    }

    @Test
    void everyAgentReachesSinchroWithItsContent() throws Exception {
        PasserelleRuntime bus = start();

        runOnce(bus);
        awaitSettled(bus, siham.agents().size());

        FlowStats stats = bus.flowStats();
        assertThat(stats.get(FLOW, FlowStats.Outcome.READ)).isEqualTo(siham.agents().size());
        assertThat(stats.get(FLOW, FlowStats.Outcome.REJECTED)).isZero();
        assertThat(stats.get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isZero();
        assertThat(sinchro.persons()).hasSize(siham.agents().size());
        assertThat(createsPerMatricule().values()).allMatch(count -> count == 1);

        SihamSampleAgent sample = siham.agents().stream()
                .filter(agent -> agent.personal().getDonneesPersonnelles().getNomUsuel().contains("'"))
                .findFirst().orElseThrow();
        PersonneRessource received = sinchro.person(sample.matricule()).orElseThrow().person();
        assertThat(received.getNom()).isEqualTo(sample.personal().getDonneesPersonnelles().getNomUsuel());
        assertThat(received.getPrenom()).isEqualTo(sample.personal().getDonneesPersonnelles().getPrenom());
        assertThat(received.getMatricule()).isEqualTo(sample.matricule());

        long hostedInSiham = siham.agents().stream().filter(agent -> agent.hosting() != null).count();
        long hostedInSinchro = sinchro.persons().values().stream().filter(p -> p.person().isAgentHeberge()).count();
        assertThat(hostedInSinchro).isPositive().isEqualTo(hostedInSiham);

        assertThat(new WatermarkStore(bus.database().dataSource()).read(FLOW, "none")).isNotEqualTo("none");
        try (java.sql.Connection connection = bus.database().dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT status, records_read FROM flow_run")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("COMPLETED");
            assertThat(rows.getLong(2)).isEqualTo(siham.agents().size());
        }
    }

    @Test
    void sihamDownLeavesWatermarkAndRecordsFailedRun() throws Exception {
        siham.failNextCalls(1);
        PasserelleRuntime bus = start();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runOnce(bus)).isNotNull();

        assertThat(new WatermarkStore(bus.database().dataSource()).read(FLOW, "none")).isEqualTo("none");
        try (java.sql.Connection connection = bus.database().dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT status, detail FROM flow_run")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("FAILED");
            assertThat(rows.getString(2)).contains("503");
        }
        assertThat(sinchro.receivedPersons()).isEmpty();

        runOnce(bus);
        awaitSettled(bus, siham.agents().size());
        assertThat(sinchro.persons()).hasSize(siham.agents().size());
    }

    @Test
    void secondRunOverSameWindowSendsNothing() {
        PasserelleRuntime bus = start();
        runOnce(bus);
        awaitSettled(bus, siham.agents().size());
        int received = sinchro.receivedPersons().size();

        // Back to the first watermark: SIHAM returns every agent again, all unchanged.
        new WatermarkStore(bus.database().dataSource()).advance(FLOW, "2000-01-01T00:00:00");
        runOnce(bus);
        awaitSettled(bus, 2L * siham.agents().size());

        assertThat(sinchro.receivedPersons()).hasSize(received);
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED)).isEqualTo(2L * siham.agents().size());
    }

    @Test
    void modifiedAgentIsSentAsModification() {
        PasserelleRuntime bus = start();
        runOnce(bus);
        awaitSettled(bus, siham.agents().size());
        String matricule = siham.agents().get(7).matricule();
        int received = sinchro.receivedPersons().size();

        siham.modifyAgent(matricule, agent -> agent.personal().getDonneesPersonnelles().setNomUsuel("Nouveau-Nom"));
        runOnce(bus);
        awaitSettled(bus, siham.agents().size() + 1L);

        List<ReceivedPerson> after = sinchro.receivedPersons().subList(received, sinchro.receivedPersons().size());
        assertThat(after).singleElement().satisfies(person -> {
            assertThat(person.operation()).isEqualTo(PersonOperation.MODIFY);
            assertThat(person.person().getMatricule()).isEqualTo(matricule);
            assertThat(person.person().getNom()).isEqualTo("Nouveau-Nom");
            assertThat(person.accepted()).isTrue();
        });
    }

    @Test
    void invalidAgentIsDeadLetteredWithReasonAndOthersDelivered() throws Exception {
        String matricule = siham.agents().get(3).matricule();
        siham.modifyAgent(matricule, agent -> agent.personal().getListeNumerosMails()
                .forEach(mail -> mail.setNumeroMail("not-an-address")));
        PasserelleRuntime bus = start();

        runOnce(bus);
        awaitSettled(bus, siham.agents().size());

        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isEqualTo(1);
        assertThat(sinchro.persons()).hasSize(siham.agents().size() - 1).doesNotContainKey(matricule);
        Message dead = receiveDeadLetter(bus);
        assertThat(dead).isNotNull();
        assertThat(dead.getStringProperty("passerelleKey")).isEqualTo(matricule);
        assertThat(dead.getStringProperty("passerelleDeadLetterReason")).contains("email");
        assertThat(((TextMessage) dead).getText()).contains(matricule);
    }

    @Test
    void sinchroDownThenBackDeliversAllOnce() {
        sinchro.failNextCalls(12);
        PasserelleRuntime bus = start();

        runOnce(bus);
        awaitSettled(bus, siham.agents().size());

        assertThat(sinchro.persons()).hasSize(siham.agents().size());
        assertThat(createsPerMatricule().values()).allMatch(count -> count == 1);
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isZero();
    }

    @Test
    void timedOutCreateIsRetriedAsModification() {
        // The first calls outlast the receive timeout (3 s in TestRuntime), but SINCHRO still stores them: the
        // redelivered create meets ALREADY_EXISTS and becomes a modification.
        sinchro.delayNextCalls(2, Duration.ofSeconds(4));
        PasserelleRuntime bus = start();

        runOnce(bus);
        awaitSettled(bus, siham.agents().size());

        assertThat(sinchro.persons()).hasSize(siham.agents().size());
        assertThat(createsPerMatricule().values()).allMatch(count -> count == 1);
        assertThat(sinchro.receivedPersons()).anyMatch(person -> person.operation() == PersonOperation.CREATE
                && "ALREADY_EXISTS".equals(person.faultCode()));
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isZero();
    }

    @Test
    void stopMidRunThenRestartLosesNothing() {
        sinchro.delayNextCalls(100_000, Duration.ofMillis(5));
        PasserelleRuntime first = start();
        runOnce(first);
        await().atMost(WAIT).until(() -> sinchro.persons().size() >= 40);
        first.close();
        runtimes.remove(first);
        assertThat(sinchro.persons().size()).isLessThan(siham.agents().size());
        sinchro.resetFailures();

        PasserelleRuntime second = start();
        await().atMost(WAIT).until(() -> sinchro.persons().size() == siham.agents().size());
        await().atMost(WAIT).until(() -> second.broker().messageCount("sinchro.agent") == 0);

        assertThat(createsPerMatricule().values()).allMatch(count -> count == 1);
    }

    private PasserelleRuntime start() {
        TestRuntime config = TestRuntime.in(dataDir).flow(FLOW)
                .with("siham.mode", "remote")
                .with("sinchro.mode", "remote")
                .with("flow.siham-to-sinchro.consumers", "2");
        siham.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("siham", contract), address));
        sinchro.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("sinchro", contract), address));
        PasserelleRuntime runtime = config.start();
        runtimes.add(runtime);
        return runtime;
    }

    private static void runOnce(PasserelleRuntime bus) {
        bus.camelContext().createProducerTemplate().sendBody("direct:syncModifiedAgents", null);
    }

    /** Waits until the flow has accounted for {@code read} records and the SINCHRO queue is empty. */
    private static void awaitSettled(PasserelleRuntime bus, long read) {
        FlowStats stats = bus.flowStats();
        await().atMost(WAIT).until(() -> stats.get(FLOW, FlowStats.Outcome.DELIVERED)
                + stats.get(FLOW, FlowStats.Outcome.DEAD_LETTERED)
                + stats.get(FLOW, FlowStats.Outcome.REJECTED) >= read
                && bus.broker().messageCount("sinchro.agent") == 0);
    }

    private Map<String, Long> createsPerMatricule() {
        return sinchro.receivedPersons().stream()
                .filter(person -> person.operation() == PersonOperation.CREATE && person.accepted())
                .collect(Collectors.groupingBy(person -> person.person().getMatricule(), Collectors.counting()));
    }

    private static Message receiveDeadLetter(PasserelleRuntime bus) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(
                    session.createQueue("passerelle.dead-letter::DLQ.sinchro.agent"));
            return consumer.receive(10_000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
