package fr.passerelle.format;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.runtime.FlowStats;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flow siham-to-mirror: canonical agents on the broker written into the mirror tables. */
class SihamToMirrorFlowTest {

    @TempDir
    Path dataDir;

    @Test
    void agentsMirroredGarbageDeadLettered() throws Exception {
        Agent agent = new Agent("UCN000159222", null, Agent.Gender.FEMALE, "Lefèvre", null, "Anaïs", null, null,
                List.of(new Agent.Assignment("UFR-SCI", LocalDate.of(2020, 9, 1), null, new BigDecimal("100"), true)),
                null, List.of(), false, "TIT", LocalDate.of(2010, 9, 1), null);
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(
                "passerelle.broker.subscriptions", "passerelle.agent::mirror.agent",
                "flow.siham-to-mirror.period-ms", "200"), "siham-to-mirror")) {
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.runtime().broker().inVmUrl());
                 Connection connection = factory.createConnection()) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createTopic("passerelle.agent"));
                TextMessage good = session.createTextMessage(CanonicalJson.toJson(agent));
                good.setStringProperty("passerelleKey", agent.matricule());
                producer.send(good);
                TextMessage bad = session.createTextMessage("{\"matricule\": [1, 2]}");
                bad.setStringProperty("passerelleKey", "broken");
                producer.send(bad);
            }

            await().atMost(Duration.ofSeconds(30)).until(
                    () -> bus.stats.get("siham-to-mirror", FlowStats.Outcome.READ) == 2);
            try (java.sql.Connection connection = bus.dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT m.usual_name, a.structure FROM mirror_agent m"
                         + " JOIN mirror_assignment a ON a.matricule = m.matricule")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Lefèvre");
                assertThat(rows.getString(2)).isEqualTo("UFR-SCI");
                assertThat(rows.next()).isFalse();
            }
            assertThat(bus.runtime().broker().messageCount("DLQ.mirror.agent")).isEqualTo(1);
            assertThat(bus.stats.get("siham-to-mirror", FlowStats.Outcome.DEAD_LETTERED)).isEqualTo(1);
        }
    }
}
