package fr.passerelle.flow;

import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.runtime.TestRuntime;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import fr.passerelle.simulator.SinchroSimulator.PersonOperation;
import fr.passerelle.store.WatermarkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A create that SINCHRO rejects with ALREADY_EXISTS, as after a crash between the SINCHRO call and the commit of the
 * delivery state. The route must then send a modification instead.
 */
class SinchroAlreadyExistsTest {

    private static final String FLOW = "siham-to-sinchro";

    @TempDir
    Path dataDir;

    private SihamSimulator siham;
    private SinchroSimulator sinchro;
    private PasserelleRuntime bus;

    @BeforeEach
    void startSimulators() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        siham = SihamSimulator.fromSamples(Path.of("samples"));
        siham.start("http://127.0.0.1:" + port + "/siham");
        sinchro = new SinchroSimulator();
        sinchro.start("http://127.0.0.1:" + port + "/sinchro");
    }

    @AfterEach
    void stopEverything() {
        if (bus != null) {
            bus.close();
        }
        sinchro.close();
        siham.close();
    }

    @Test
    void lostDeliveryStateBecomesModification() throws SQLException {
        TestRuntime config = TestRuntime.in(dataDir).flow(FLOW)
                .with("siham.mode", "remote")
                .with("sinchro.mode", "remote")
                .with("passerelle.broker.redelivery.max-attempts", "3");
        siham.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("siham", contract), address));
        sinchro.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("sinchro", contract), address));
        bus = config.start();
        int agents = siham.agents().size();

        runOnce();
        awaitAccounted(agents);
        assertThat(sinchro.persons()).hasSize(agents);

        // Deleting the delivery state stands for a bus killed after SINCHRO accepted the create but before the commit.
        try (Connection connection = bus.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM delivery_state");
        }
        new WatermarkStore(bus.database().dataSource()).advance(FLOW, "2000-01-01T00:00:00");
        runOnce();
        awaitAccounted(2L * agents);

        FlowStats stats = bus.flowStats();
        assertThat(stats.get(FLOW, FlowStats.Outcome.DEAD_LETTERED)).isZero();
        assertThat(stats.get(FLOW, FlowStats.Outcome.DELIVERED)).isEqualTo(2L * agents);
        long modifications = sinchro.receivedPersons().stream()
                .filter(person -> person.operation() == PersonOperation.MODIFY && person.accepted())
                .count();
        assertThat(modifications).isEqualTo(agents);
    }

    private void runOnce() {
        bus.camelContext().createProducerTemplate().sendBody("direct:syncModifiedAgents", null);
    }

    private void awaitAccounted(long read) {
        FlowStats stats = bus.flowStats();
        await().atMost(Duration.ofSeconds(90)).until(() -> stats.get(FLOW, FlowStats.Outcome.DELIVERED)
                + stats.get(FLOW, FlowStats.Outcome.DEAD_LETTERED) >= read
                && bus.broker().messageCount("sinchro.agent") == 0);
    }
}
