package fr.passerelle.format;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.runtime.FlowStats;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flow harpege-agents-to-bus: Harpège's agent-file export published as canonical agents on the embedded broker. */
class HarpegeAgentsFlowTest {

    private static final Path SAMPLE = Path.of("samples/harpege/export-dossier-agent/DOSSIER_AGENT_EXPORT_202601.txt");
    private static final String INBOX = "harpege/export-dossier-agent";
    private static final String QUEUE = "passerelle.agent::test.agent";

    @TempDir
    Path dataDir;

    private FileFlowHarness start(String policy) {
        return FileFlowHarness.start(dataDir, Map.of("passerelle.broker.subscriptions", QUEUE,
                "flow.harpege-agents-to-bus.export-dossier-agent.policy", policy), "harpege-agents-to-bus");
    }

    /** Reads every agent waiting on the test queue, keyed by passerelleKey, and checks the canonical headers. */
    private static Map<String, JsonNode> drain(FileFlowHarness bus) throws Exception {
        Map<String, JsonNode> agents = new LinkedHashMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.runtime().broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
            Message message;
            while ((message = consumer.receive(1000)) != null) {
                String json = ((TextMessage) message).getText();
                String key = message.getStringProperty("passerelleKey");
                assertThat(message.getStringProperty("passerelleKind")).isEqualTo("agent");
                assertThat(message.getStringProperty("passerelleSource")).isEqualTo("harpege");
                assertThat(message.getStringProperty("passerelleVersion")).isEqualTo(CanonicalJson.version(json));
                assertThat(message.getStringProperty("passerelleRun")).isNotBlank();
                assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(key);
                agents.put(key, CanonicalJson.mapper().readTree(json));
            }
        }
        return agents;
    }

    private static List<String> sampleLines() throws Exception {
        return new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1));
    }

    /** Replaces the characters of a fixed-width line from column {@code start} (1-based) with {@code value}. */
    private static String put(String line, int start, String value) {
        return line.substring(0, start - 1) + value + line.substring(start - 1 + value.length());
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.writeString(dataDir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.ISO_8859_1);
    }

    @Test
    void sampleAgentsPublished() throws Exception {
        try (FileFlowHarness bus = start("reject-file")) {
            bus.drop(SAMPLE, INBOX, "EXPORT.txt");
            Path archived = bus.awaitArchived(INBOX, "EXPORT.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Map<String, JsonNode> agents = drain(bus);
            assertThat(agents).containsOnlyKeys("UCN000159222", "UCN000159225", "UCN000160031");
            JsonNode anais = agents.get("UCN000159222");
            assertThat(anais.get("matricule").asText()).isEqualTo("UCN000159222");
            assertThat(anais.get("crossReferences").get("harpegeNumber").asText()).isEqualTo("12345");
            assertThat(anais.get("crossReferences").get("sihamMatricule").isNull()).isTrue();
            assertThat(anais.get("gender").asText()).isEqualTo("FEMALE");
            assertThat(anais.get("usualName").asText()).isEqualTo("Lefèvre");
            assertThat(anais.get("birthName").asText()).isEqualTo("Martin");
            assertThat(anais.get("firstName").asText()).isEqualTo("Anaïs");
            assertThat(anais.get("birthDate").asText()).isEqualTo("1985-03-12");
            assertThat(anais.get("professionalEmail").asText()).isEqualTo("anais.lefevre@unicaen.example.fr");
            JsonNode assignment = anais.get("assignments").get(0);
            assertThat(anais.get("assignments")).hasSize(1);
            assertThat(assignment.get("structure").asText()).isEqualTo("UFR-SCI");
            assertThat(assignment.get("start").asText()).isEqualTo("2020-09-01");
            assertThat(assignment.get("share").decimalValue()).isEqualByComparingTo("70.00");
            assertThat(assignment.get("principal").asBoolean()).isTrue();
            assertThat(assignment.get("end").isNull()).isTrue();
            assertThat(anais.get("career").get("corps").asText()).isEqualTo("300");
            assertThat(anais.get("career").get("grade").asText()).isEqualTo("3001");
            assertThat(anais.get("career").get("echelon").asText()).isEqualTo("6");
            assertThat(anais.get("status").asText()).isEqualTo("TIT");
            assertThat(anais.get("activityStart").asText()).isEqualTo("2020-09-01");
            assertThat(anais.get("activityEnd").isNull()).isTrue();
            assertThat(anais.get("contracts")).isEmpty();
            assertThat(anais.get("hosted").asBoolean()).isFalse();
            JsonNode jerome = agents.get("UCN000159225");
            assertThat(jerome.get("gender").asText()).isEqualTo("MALE");
            assertThat(jerome.get("firstName").asText()).isEqualTo("Jérôme");
            assertThat(jerome.get("professionalEmail").isNull()).isTrue();
            JsonNode theo = agents.get("UCN000160031");
            assertThat(theo.get("birthName").isNull()).isTrue();
            assertThat(theo.get("career").isNull()).isTrue();
            assertThat(theo.get("activityEnd").asText()).isEqualTo("2026-08-31");
            assertThat(theo.get("assignments").get(0).get("end").asText()).isEqualTo("2026-08-31");
            assertThat(bus.stats.get("harpege-agents-to-bus", FlowStats.Outcome.READ)).isEqualTo(3);
            assertThat(bus.stats.get("harpege-agents-to-bus", FlowStats.Outcome.DELIVERED)).isEqualTo(3);
        }
    }

    /** Three bad lines: a civilite the layout does not allow, an invalid date, and a structure without its start. */
    private Path fileWithBadLines() throws Exception {
        List<String> lines = sampleLines();
        String jerome = lines.get(1);
        lines.set(1, put(put(jerome, 31, "MLLE"), 115, "31021990"));
        lines.set(2, put(lines.get(2), 193, "        "));
        return write("bad.txt", lines);
    }

    @Test
    void badLineRejectsFileUnderRejectFile() throws Exception {
        Path file = fileWithBadLines();
        try (FileFlowHarness bus = start("reject-file")) {
            bus.drop(file, INBOX, "BAD.txt");
            Path archived = bus.awaitArchived(INBOX, "BAD.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("policy: reject-file")
                    .contains("outcome: rejected: nothing was published")
                    .contains("records: 3 read, 0 published, 2 rejected")
                    .contains("2\tcivilite\tMLLE\tvalues\tvalue is not one of M., MME")
                    .contains("2\tdate_naissance\t31021990\tdate\tinvalid date; expected a real date written ddMMyyyy")
                    .contains("3\td_debut_affectation\t\tmapping\tvalue is missing; agent UCN000160031 is assigned"
                            + " to LAB-LMNO but the assignment has no start date");
            assertThat(drain(bus)).isEmpty();
            assertThat(bus.stats.get("harpege-agents-to-bus", FlowStats.Outcome.REJECTED)).isEqualTo(2);
        }
    }

    @Test
    void goodLinesPublishedUnderPassGood() throws Exception {
        Path file = fileWithBadLines();
        try (FileFlowHarness bus = start("pass-good")) {
            bus.drop(file, INBOX, "BAD.txt");
            Path archived = bus.awaitArchived(INBOX, "BAD.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("policy: pass-good")
                    .contains("outcome: partly published")
                    .contains("records: 3 read, 1 published, 2 rejected")
                    .contains("2\tcivilite\tMLLE\tvalues\t")
                    .contains("3\td_debut_affectation\t\tmapping\t");
            assertThat(drain(bus)).containsOnlyKeys("UCN000159222");
        }
    }

    @Test
    void shortLineAndBadShareReported() throws Exception {
        List<String> lines = sampleLines();
        lines.set(0, lines.get(0).substring(0, 200));
        lines.set(1, put(lines.get(1), 201, "120,00"));
        try (FileFlowHarness bus = start("pass-good")) {
            bus.drop(write("short.txt", lines), INBOX, "SHORT.txt");
            Path archived = bus.awaitArchived(INBOX, "SHORT.txt");

            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("1\t-\t")
                    .contains("record-length\tline has 200 characters; layout harpege/export-dossier-agent expects 234")
                    .contains("2\tquotite\t120,00\tmapping\tshare must be more than 0 and at most 100 percent");
            assertThat(drain(bus)).containsOnlyKeys("UCN000160031");
        }
    }

    @Test
    void exportWrittenBackAsSameImportLines() throws Exception {
        // Harpège's own agents going to its import is a round trip the demo shows; the default filter keeps it off.
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(
                "passerelle.broker.filter.harpege.agent-import", "passerelleSource = 'harpege'",
                "flow.bus-to-harpege.period-ms", "200"), "harpege-agents-to-bus", "bus-to-harpege")) {
            bus.drop(SAMPLE, INBOX, "EXPORT.txt");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> bus.stats.get("bus-to-harpege", FlowStats.Outcome.DELIVERED) == 3);

            // A drain may run while the export is being published, so the agents can span several import files.
            java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
            for (Path file : FileFlowHarness.visibleFiles(bus.outbox("harpege/import-dossier-agent"))) {
                written.write(Files.readAllBytes(file));
            }
            assertThat(written.toByteArray()).isEqualTo(Files.readAllBytes(SAMPLE));
            assertThat(bus.stats.get("bus-to-harpege", FlowStats.Outcome.DELIVERED)).isEqualTo(3);
        }
    }

    @Test
    void emptyExportDroppedAgainReported() throws Exception {
        Path empty = Files.write(dataDir.resolve("empty.txt"), new byte[0]);
        try (FileFlowHarness bus = start("reject-file")) {
            bus.drop(empty, INBOX, "EXPORT_EMPTY.txt");
            Path first = bus.awaitArchived(INBOX, "EXPORT_EMPTY.txt");
            bus.drop(empty, INBOX, "EXPORT_EMPTY.txt");
            await().atMost(Duration.ofSeconds(30)).until(() -> FileFlowHarness.visibleFiles(
                    bus.inbox(INBOX).resolve(".error")).stream().anyMatch(f -> f.toString().endsWith(".report.txt")));

            assertThat(first.getParent().getFileName()).hasToString(".done");
            Path report = FileFlowHarness.visibleFiles(bus.inbox(INBOX).resolve(".error")).stream()
                    .filter(f -> f.toString().endsWith(".report.txt")).findFirst().orElseThrow();
            assertThat(report).content()
                    .contains("file: EXPORT_EMPTY.txt", "outcome: duplicate: nothing was sent again")
                    .contains("records: 0 read, 0 published, 0 rejected")
                    .contains("0\t-\t\tduplicate\tthis file, with no record, was already received under the same"
                            + " name and content")
                    .contains("EXPORT_EMPTY.txt received at");
            assertThat(drain(bus)).isEmpty();
        }
    }

    @Test
    void invalidByteRejectsOnlyItsLineUnderPassGood() throws Exception {
        // An establishment whose Harpège writes UTF-8 overrides the layout's encoding.
        Path layout = Files.createDirectories(dataDir.resolve("layouts/harpege/export-dossier-agent"))
                .resolve("layout.yaml");
        Files.writeString(layout, Files.readString(Path.of("samples/harpege/export-dossier-agent/layout.yaml"),
                StandardCharsets.UTF_8).replace("encoding: ISO-8859-1", "encoding: UTF-8"));
        List<String> lines = sampleLines();
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        content.write((lines.get(0) + "\r\n").getBytes(StandardCharsets.UTF_8));
        content.write((lines.get(1) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        content.write((lines.get(2) + "\r\n").getBytes(StandardCharsets.UTF_8));
        long offset = (lines.get(0) + "\r\n").getBytes(StandardCharsets.UTF_8).length + lines.get(1).indexOf('é');
        Path file = Files.write(dataDir.resolve("mixed.txt"), content.toByteArray());
        try (FileFlowHarness bus = start("pass-good")) {
            bus.drop(file, INBOX, "MIXED.txt");
            Path archived = bus.awaitArchived(INBOX, "MIXED.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("outcome: partly published", "records: 3 read, 2 published, 1 rejected")
                    .contains("2\t-\t\tencoding\tbyte E9 at offset " + offset + " is not valid UTF-8; this line is"
                            + " rejected, the rest of the file decodes");
            Map<String, JsonNode> agents = drain(bus);
            assertThat(agents).containsOnlyKeys("UCN000159222", "UCN000160031");
            assertThat(agents.get("UCN000160031").get("firstName").asText()).isEqualTo("Théo");
        }
    }

    @Test
    void ownAgentsKeptOffHarpegeImportAndSinchro() throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(
                "passerelle.broker.subscriptions", "passerelle.agent::sinchro.agent," + QUEUE,
                "flow.bus-to-harpege.period-ms", "200"), "harpege-agents-to-bus", "bus-to-harpege")) {
            bus.drop(SAMPLE, INBOX, "EXPORT.txt");
            bus.awaitArchived(INBOX, "EXPORT.txt");

            // The test queue has no filter: it shows the agents were published before the other queues dropped them.
            assertThat(drain(bus)).hasSize(3);
            assertThat(bus.runtime().broker().messageCount("harpege.agent-import")).isZero();
            assertThat(bus.runtime().broker().messageCount("sinchro.agent")).isZero();
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("harpege/import-dossier-agent"))).isEmpty();
        }
    }
}
