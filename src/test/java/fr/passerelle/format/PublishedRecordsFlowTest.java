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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files published as canonical records on the embedded broker: Apogée students and ROF's CDM-fr course offer. */
class PublishedRecordsFlowTest {

    private static final String SUBSCRIPTIONS = "passerelle.student::test.student,"
            + "passerelle.course-offer::test.course-offer";

    @TempDir
    Path dataDir;

    private FileFlowHarness start(String flow) {
        return FileFlowHarness.start(dataDir, Map.of("passerelle.broker.subscriptions", SUBSCRIPTIONS), flow);
    }

    /** Reads every message waiting on a queue, keyed by passerelleKey, and checks the canonical headers. */
    private static Map<String, JsonNode> drain(FileFlowHarness bus, String queue, String kind, String source)
            throws Exception {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.runtime().broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            Message message;
            while ((message = consumer.receive(1000)) != null) {
                String json = ((TextMessage) message).getText();
                String key = message.getStringProperty("passerelleKey");
                assertThat(message.getStringProperty("passerelleKind")).isEqualTo(kind);
                assertThat(message.getStringProperty("passerelleSource")).isEqualTo(source);
                assertThat(message.getStringProperty("passerelleVersion")).isEqualTo(CanonicalJson.version(json));
                assertThat(message.getStringProperty("passerelleRun")).isNotBlank();
                assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(key);
                records.put(key, CanonicalJson.mapper().readTree(json));
            }
        }
        return records;
    }

    @Test
    void apogeeStudentsPublished() throws Exception {
        try (FileFlowHarness bus = start("apogee-students-to-bus")) {
            bus.drop(Path.of("samples/apogee/etudiants-etape/ETUDIANTS_ETAPE_L1INF_2026.txt"), "apogee/etudiants-etape",
                    "L1INF.txt");
            Path archived = bus.awaitArchived("apogee/etudiants-etape", "L1INF.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Map<String, JsonNode> students = drain(bus, "passerelle.student::test.student", "student", "apogee");
            assertThat(students).containsOnlyKeys("21012345", "21012346", "21012347");
            JsonNode chloe = students.get("21012345");
            assertThat(chloe.get("birthName").asText()).isEqualTo("LEFÈVRE");
            assertThat(chloe.get("firstName").asText()).isEqualTo("CHLOÉ");
            assertThat(chloe.get("ine").asText()).isEqualTo("1234567890A");
            assertThat(chloe.get("birthDate").asText()).isEqualTo("2007-05-04");
            assertThat(chloe.get("registrations").get(0).get("step").asText()).isEqualTo("L1INF");
            assertThat(chloe.get("registrations").get(0).get("year").asInt()).isEqualTo(2026);
            assertThat(students.get("21012346").get("usualName").asText()).isEqualTo("DURAND");
            assertThat(students.get("21012347").get("registrations").get(0).get("status").asText()).isEqualTo("A");
            assertThat(bus.stats.get("apogee-students-to-bus", FlowStats.Outcome.DELIVERED)).isEqualTo(3);
        }
    }

    @Test
    void badStudentLinesReportedGoodOnesPublished() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of("samples/apogee/etudiants-etape/ETUDIANTS_ETAPE_L1INF_2026.txt"), StandardCharsets.ISO_8859_1));
        lines.set(2, lines.get(2).replace("17/11/2006", "31/11/2006").replace("21012346", "2101234X"));
        lines.add("2026\tL1INF\t1\tLINF\t1\tSCI\t21012348");
        Path file = dataDir.resolve("students.txt");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        try (FileFlowHarness bus = start("apogee-students-to-bus")) {
            bus.drop(file, "apogee/etudiants-etape", "bad.txt");
            Path archived = bus.awaitArchived("apogee/etudiants-etape", "bad.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("outcome: partly published", "records: 4 read, 2 published, 2 rejected")
                    .contains("3\tcod_etu\t2101234X\tinteger\t")
                    .contains("3\tdat_nai_ind\t31/11/2006\tdate\t")
                    .contains("5\t-\t2026\\tL1INF\\t1\\tLINF\\t1\\tSCI\\t21012348\tfield-count\tline has 7 fields");
            assertThat(drain(bus, "passerelle.student::test.student", "student", "apogee"))
                    .containsOnlyKeys("21012345", "21012347");
        }
    }

    @Test
    void cdmFr2012OfferPublished() throws Exception {
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(Path.of("samples/rof/cdm-fr/offre-2026-sciences.xml"), "rof/cdm-fr", "sciences.xml");
            Path archived = bus.awaitArchived("rof/cdm-fr", "sciences.xml");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Map<String, JsonNode> offer = drain(bus, "passerelle.course-offer::test.course-offer", "course-offer", "rof");
            assertThat(offer).containsOnlyKeys("FR_RNE_0141408E_OR_SCI", "FR_RNE_0141408E_PR_LINF",
                    "FR_RNE_0141408E_PR_L1INF", "FR_RNE_0141408E_CO_ALGO1", "FR_RNE_0141408E_CO_MATH1",
                    "FR_RNE_0141408E_PE_0042");
            JsonNode orgUnit = offer.get("FR_RNE_0141408E_OR_SCI");
            assertThat(orgUnit.get("kind").asText()).isEqualTo("org-unit");
            assertThat(orgUnit.get("name").asText()).isEqualTo("UFR des sciences");
            assertThat(orgUnit.get("childIds").toString()).isEqualTo("[\"FR_RNE_0141408E_PR_LINF\"]");
            JsonNode step = offer.get("FR_RNE_0141408E_PR_L1INF");
            assertThat(step.get("kind").asText()).isEqualTo("program");
            assertThat(step.get("parentId").asText()).isEqualTo("FR_RNE_0141408E_PR_LINF");
            assertThat(step.get("level").asText()).isEqualTo("L1");
            assertThat(step.get("codes").get(0).get("value").asText()).isEqualTo("L1INF");
            assertThat(step.get("childIds").toString())
                    .isEqualTo("[\"FR_RNE_0141408E_CO_ALGO1\",\"FR_RNE_0141408E_CO_MATH1\"]");
            assertThat(offer.get("FR_RNE_0141408E_PR_LINF").get("childIds").toString())
                    .isEqualTo("[\"FR_RNE_0141408E_PR_L1INF\",\"FR_RNE_0141408E_PE_0042\"]");
            JsonNode course = offer.get("FR_RNE_0141408E_CO_ALGO1");
            assertThat(course.get("name").asText()).isEqualTo("Algorithmique & programmation 1");
            assertThat(course.get("ects").decimalValue()).isEqualByComparingTo("6");
            assertThat(course.get("codes").get(0).get("codeSet").asText()).isEqualTo("codeApogee");
            assertThat(offer.get("FR_RNE_0141408E_CO_MATH1").get("ects").decimalValue()).isEqualByComparingTo("4.5");
            JsonNode person = offer.get("FR_RNE_0141408E_PE_0042");
            assertThat(person.get("name").asText()).isEqualTo("Anaïs Lefèvre");
            assertThat(person.get("schema").asText()).isEqualTo("http://cdm-fr.fr/2012/CDM");
        }
    }

    @Test
    void cdmFr2006OfferPublished() throws Exception {
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(Path.of("samples/rof/cdm-fr/offre-2009-droit.xml"), "rof/cdm-fr", "droit.xml");
            bus.awaitArchived("rof/cdm-fr", "droit.xml");

            Map<String, JsonNode> offer = drain(bus, "passerelle.course-offer::test.course-offer", "course-offer", "rof");
            assertThat(offer).containsOnlyKeys("UP1-PROG28336", "UP1-PROG28337", "UP1-C25379");
            assertThat(offer.get("UP1-PROG28337").get("name").asText()).isEqualTo("Parcours droit fiscal");
            assertThat(offer.get("UP1-C25379").get("name").asText()).isEqualTo("Droit des sociétés approfondi");
            assertThat(offer.get("UP1-C25379").get("codes").get(0).get("value").asText()).isEqualTo("MA32I310");
            assertThat(offer.get("UP1-PROG28336").get("schema").asText()).isEqualTo("http://cdm-fr.fr/2006/CDM-frSchema");
        }
    }

    @Test
    void xmlBombRejectedUnexpanded() throws Exception {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CDM [\n <!ENTITY lol \"lol\">\n");
        bomb.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            bomb.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<CDM xmlns=\"http://cdm-fr.fr/2012/CDM\"><course id=\"C1\"><courseName>&lol9;</courseName>"
                + "</course></CDM>\n");
        Path file = dataDir.resolve("bomb.xml");
        Files.writeString(file, bomb);
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(file, "rof/cdm-fr", "bomb.xml");
            Path archived = bus.awaitArchived("rof/cdm-fr", "bomb.xml");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("outcome: rejected: nothing was published")
                    .containsPattern("\\t(doctype|xml|entity)\\t");
            assertThat(drain(bus, "passerelle.course-offer::test.course-offer", "course-offer", "rof")).isEmpty();
        }
    }

    @Test
    void externalEntityNotRead() throws Exception {
        Path secret = Files.writeString(dataDir.resolve("secret.txt"), "TOP-SECRET");
        Path file = dataDir.resolve("xxe.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE CDM [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<CDM xmlns=\"http://cdm-fr.fr/2012/CDM\"><course id=\"C1\"><courseName>&xxe;</courseName>"
                + "</course></CDM>\n");
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(file, "rof/cdm-fr", "xxe.xml");
            Path archived = bus.awaitArchived("rof/cdm-fr", "xxe.xml");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("rejected").doesNotContain("TOP-SECRET");
            assertThat(drain(bus, "passerelle.course-offer::test.course-offer", "course-offer", "rof")).isEmpty();
        }
    }

    @Test
    void cdmFrElementWithoutIdReported() throws Exception {
        Path file = dataDir.resolve("noid.xml");
        Files.writeString(file, "<CDM xmlns=\"http://cdm-fr.fr/2012/CDM\">\n<course id=\"C1\"><courseName>Un</courseName>"
                + "</course>\n<course>\n<courseName>Deux</courseName></course>\n<program id=\"P1\"/>\n</CDM>\n");
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(file, "rof/cdm-fr", "noid.xml");
            Path archived = bus.awaitArchived("rof/cdm-fr", "noid.xml");

            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("records: 3 read, 0 published, 2 rejected")
                    .contains("3\tid\t\tmandatory\tthis course has no id attribute and no ID element")
                    .contains("5\tname\t\tmandatory\tprogram P1 has no name");
            assertThat(drain(bus, "passerelle.course-offer::test.course-offer", "course-offer", "rof")).isEmpty();
        }
    }

    @Test
    void notCdmFrRejected() throws Exception {
        Path file = Files.writeString(dataDir.resolve("other.xml"), "<catalog xmlns=\"urn:other\"/>");
        try (FileFlowHarness bus = start("rof-offer-to-bus")) {
            bus.drop(file, "rof/cdm-fr", "other.xml");
            Path archived = bus.awaitArchived("rof/cdm-fr", "other.xml");

            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("the root element is {urn:other}catalog; a CDM-fr export starts with CDM");
        }
    }
}
