package fr.passerelle.flow;

import fr.passerelle.broker.BrokerTopology;
import fr.passerelle.broker.EmbeddedBroker;
import fr.passerelle.broker.RedeliveryPolicy;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import fr.passerelle.runtime.Simulators;
import fr.passerelle.runtime.TestRuntime;
import fr.passerelle.simulator.SihamSimulator;
import fr.passerelle.simulator.SinchroSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus as production runs it: an external Artemis broker reached by TCP URL and PostgreSQL, with the SIHAM and
 * SINCHRO simulators standing for the establishment's servers.
 */
class ProductionModeTest {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    private final String schema = "prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private EmbeddedBroker externalBroker;
    private SihamSimulator siham;
    private SinchroSimulator sinchro;
    private PasserelleRuntime bus;

    @BeforeEach
    void startServers() throws Exception {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        int brokerPort = freePort();
        externalBroker = new EmbeddedBroker(dir.resolve("external-broker"), "tcp://127.0.0.1:" + brokerPort,
                BrokerTopology.parse("subscriptions", "passerelle.agent::sinchro.agent"),
                new RedeliveryPolicy(100, 1.5, 500, 5));
        externalBroker.start();
        int port = freePort();
        siham = SihamSimulator.fromSamples(Path.of("samples"));
        siham.start("http://127.0.0.1:" + port + "/siham");
        sinchro = new SinchroSimulator();
        sinchro.start("http://127.0.0.1:" + port + "/sinchro");

        TestRuntime config = TestRuntime.in(dir.resolve("data")).flow("siham-to-sinchro")
                .with("passerelle.broker.url", "tcp://127.0.0.1:" + brokerPort)
                .with("passerelle.db.url", POSTGRES_URL + "?currentSchema=" + schema)
                .with("passerelle.db.user", "postgres")
                .with("siham.mode", "remote")
                .with("sinchro.mode", "remote");
        siham.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("siham", contract), address));
        sinchro.addresses().forEach((contract, address) -> config.with(Simulators.addressProperty("sinchro", contract), address));
        bus = config.start();
    }

    @AfterEach
    void stopServers() throws Exception {
        bus.close();
        sinchro.close();
        siham.close();
        externalBroker.close();
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void agentsFlowThroughExternalBrokerAndPostgresql() throws Exception {
        assertThat(bus.broker()).as("no embedded broker when a URL is set").isNull();

        bus.camelContext().createProducerTemplate().sendBody("direct:syncModifiedAgents", null);
        await().atMost(Duration.ofSeconds(90)).until(() -> sinchro.persons().size() == siham.agents().size());
        await().atMost(Duration.ofSeconds(30)).until(() -> externalBroker.messageCount("sinchro.agent") == 0);

        assertThat(bus.flowStats().get("siham-to-sinchro", FlowStats.Outcome.DELIVERED)).isEqualTo(siham.agents().size());
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "?currentSchema=" + schema,
                "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM delivery_state WHERE target = 'sinchro'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(siham.agents().size());
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "?currentSchema=" + schema,
                "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT watermark FROM flow_watermark WHERE flow = 'siham-to-sinchro'")) {
            assertThat(rows.next()).isTrue();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
