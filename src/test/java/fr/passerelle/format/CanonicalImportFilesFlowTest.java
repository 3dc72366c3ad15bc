package fr.passerelle.format;

import fr.passerelle.canonical.Agent;
import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.canonical.CourseOffer;
import fr.passerelle.format.cdmfr.CdmFrReader;
import fr.passerelle.runtime.FlowStats;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Canonical records taken from their queues and written into the import files of Harpège, ROF and SIHAM. */
class CanonicalImportFilesFlowTest {

    @TempDir
    Path dataDir;

    private static final Agent ANAIS = new Agent("UCN000159222",
            new Agent.CrossReferences("UCN000159222", "12345", null, null, null), Agent.Gender.FEMALE, "Lefèvre",
            "Martin", "Anaïs", LocalDate.of(1985, 3, 12), "anais.lefevre@unicaen.example.fr",
            List.of(new Agent.Assignment("LAB-LMNO", LocalDate.of(2020, 9, 1), null, new BigDecimal("30.00"), false),
                    new Agent.Assignment("UFR-SCI", LocalDate.of(2020, 9, 1), null, new BigDecimal("70.00"), true)),
            new Agent.Career("300", "3001", "6", "A", true), List.of(), false, "TIT", LocalDate.of(2010, 9, 1), null);

    private static final Agent TOO_LONG = new Agent("UCN000159299", null, Agent.Gender.MALE,
            "Du Pont de Nemours de la Tour d'Auvergne", null, "Jean", null, null, List.of(), null, List.of(), false,
            "CDD", LocalDate.of(2026, 1, 1), null);

    private FileFlowHarness start(String flow, String subscriptions) {
        return FileFlowHarness.start(dataDir, Map.of("passerelle.broker.subscriptions", subscriptions,
                "flow." + flow + ".period-ms", "200"), flow);
    }

    private static void publish(FileFlowHarness bus, String address, String kind, String key, String json)
            throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.runtime().broker().inVmUrl());
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createTopic(address));
            TextMessage message = session.createTextMessage(json);
            message.setStringProperty("passerelleKind", kind);
            message.setStringProperty("passerelleKey", key);
            message.setStringProperty("passerelleVersion", CanonicalJson.version(json));
            producer.send(message);
        }
    }

    private static Path awaitOneFile(Path folder) throws IOException {
        await().atMost(Duration.ofSeconds(30)).until(() -> FileFlowHarness.visibleFiles(folder).size() == 1);
        return FileFlowHarness.visibleFiles(folder).get(0);
    }

    @Test
    void harpegeImportDeadLettersTooLong() throws Exception {
        try (FileFlowHarness bus = start("bus-to-harpege", "passerelle.agent::harpege.agent-import")) {
            publish(bus, "passerelle.agent", "agent", ANAIS.matricule(), CanonicalJson.toJson(ANAIS));
            publish(bus, "passerelle.agent", "agent", TOO_LONG.matricule(), CanonicalJson.toJson(TOO_LONG));
            Path file = awaitOneFile(bus.outbox("harpege/import-dossier-agent"));

            assertThat(file.getFileName().toString()).startsWith("DOSSIER_AGENT_").endsWith(".txt");
            String expected = "AG" + "00012345" + "UCN000159222        " + "MME " + "Lefèvre                       "
                    + "Martin                        " + "Anaïs               " + "12031985"
                    + String.format("%-60s", "anais.lefevre@unicaen.example.fr") + "UFR-SCI   " + "01092020"
                    + "070,00" + "300 " + "3001" + "6 " + "TIT       " + "        " + "\r\n";
            assertThat(file).hasBinaryContent(expected.getBytes(StandardCharsets.ISO_8859_1));
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(bus.runtime().broker().inVmUrl());
                 Connection connection = factory.createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("DLQ.harpege.agent-import"));
                Message dead = consumer.receive(5000);
                assertThat(dead).isNotNull();
                assertThat(dead.getStringProperty("passerelleKey")).isEqualTo("UCN000159299");
                assertThat(dead.getStringProperty("passerelleDeadLetterReason"))
                        .contains("nom_usuel max-length: value has 40 characters but layout harpege/import-dossier-agent"
                                + " holds at most 30");
            }
            assertThat(bus.stats.get("bus-to-harpege", FlowStats.Outcome.DELIVERED)).isEqualTo(1);
            assertThat(bus.stats.get("bus-to-harpege", FlowStats.Outcome.DEAD_LETTERED)).isEqualTo(1);
        }
    }

    @Test
    void agentsAndStructuresWrittenToRofImports() throws Exception {
        try (FileFlowHarness bus = start("bus-to-rof",
                "passerelle.agent::rof.agent-import,passerelle.structure::rof.structure-import,"
                        + "passerelle.course-offer::rof.course-import")) {
            publish(bus, "passerelle.agent", "agent", ANAIS.matricule(), CanonicalJson.toJson(ANAIS));
            publish(bus, "passerelle.structure", "structure", "UFR-SCI", """
                    {"code":"UFR-SCI","kind":"UFR","longLabel":"UFR des sciences; site Côte de Nacre",\
                    "parentCode":"UNICAEN","shortLabel":"Sciences","validFrom":"1985-01-01","validTo":null}""");

            assertThat(awaitOneFile(bus.outbox("rof/import-personnes"))).content(StandardCharsets.UTF_8).isEqualTo(
                    "identifiant;type;nom;prenom;email;structure;grade;enseignant_chercheur\n"
                            + "UCN000159222;RESSOURCE;Lefèvre;Anaïs;anais.lefevre@unicaen.example.fr;UFR-SCI;3001;O\n");
            assertThat(awaitOneFile(bus.outbox("rof/import-structures"))).content(StandardCharsets.UTF_8).isEqualTo(
                    "code;libelle_court;libelle_long;type;code_parent;date_ouverture;date_fermeture\n"
                            + "UFR-SCI;Sciences;\"UFR des sciences; site Côte de Nacre\";UFR;UNICAEN;01/01/1985;\n");
        }
    }

    @Test
    void courseOfferCdmFrReadsBack() throws Exception {
        List<CourseOffer> offers = List.of(
                new CourseOffer("PR-L1INF", "program", "Licence informatique, 1re année",
                        List.of(new CourseOffer.Code("codeApogee", "L1INF")), "L1", null, null,
                        List.of("CO-ALGO1", "PE-42"), "http://cdm-fr.fr/2012/CDM"),
                new CourseOffer("CO-ALGO1", "course", "Algorithmique & programmation <1>",
                        List.of(new CourseOffer.Code("codeApogee", "INF1A01")), null, new BigDecimal("6"),
                        "PR-L1INF", List.of(), "http://cdm-fr.fr/2012/CDM"),
                new CourseOffer("PE-42", "person", "Anaïs Lefèvre", List.of(), null, null, null, List.of(),
                        "http://cdm-fr.fr/2012/CDM"));
        try (FileFlowHarness bus = start("bus-to-rof", "passerelle.course-offer::rof.course-import")) {
            for (CourseOffer offer : offers) {
                publish(bus, "passerelle.course-offer", "course-offer", offer.id(), CanonicalJson.toJson(offer));
            }
            publish(bus, "passerelle.course-offer", "course-offer", "broken", "{\"kind\":\"diploma\"}");
            Path file = awaitOneFile(bus.outbox("rof/import-formations"));

            assertThat(file.getFileName().toString()).startsWith("FORMATIONS_").endsWith(".xml");
            assertThat(file).content(StandardCharsets.UTF_8)
                    .contains("<CDM xmlns=\"http://cdm-fr.fr/2012/CDM\" xmlns:cdmfr=\"http://cdm-fr.fr/2012/CDM-frSchema\"")
                    .contains("<refCourse ref=\"CO-ALGO1\"/>", "<refPerson ref=\"PE-42\"/>")
                    .contains("Algorithmique &amp; programmation &lt;1>");
            List<CourseOffer> readBack = new ArrayList<>();
            try (CdmFrReader reader = CdmFrReader.open(file)) {
                CanonicalRecordReader.Item item;
                while ((item = reader.next()) != null) {
                    assertThat(item.errors()).isEmpty();
                    readBack.add(CanonicalJson.fromJson(item.message().json(), CourseOffer.class));
                }
            }
            assertThat(readBack).extracting(CourseOffer::id, CourseOffer::kind, CourseOffer::name)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("PR-L1INF", "program", "Licence informatique, 1re année"),
                            org.assertj.core.groups.Tuple.tuple("CO-ALGO1", "course", "Algorithmique & programmation <1>"),
                            org.assertj.core.groups.Tuple.tuple("PE-42", "person", "Anaïs Lefèvre"));
            assertThat(readBack.get(0).childIds()).containsExactly("CO-ALGO1", "PE-42");
            assertThat(readBack.get(0).codes()).containsExactly(new CourseOffer.Code("codeApogee", "L1INF"));
            assertThat(readBack.get(1).ects()).isEqualByComparingTo("6");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    bus.runtime().broker().messageCount("DLQ.rof.course-import")).isEqualTo(1));
        }
    }

    @Test
    void financialStructuresWrittenToSihamImport() throws Exception {
        try (FileFlowHarness bus = start("sifac-to-siham",
                "passerelle.financial-structure::siham.financial-structure-import")) {
            publish(bus, "passerelle.financial-structure", "financial-structure", "financial-centre:910UFRSCI", """
                    {"kind":"financial-centre","code":"910UFRSCI","label":"UFR des sciences","parent":"910",\
                    "perimeter":"UCN","validFrom":"2020-01-01","validTo":"2030-12-31"}""");
            publish(bus, "passerelle.financial-structure", "financial-structure", "fund:ANR", """
                    {"kind":"fund","code":"ANR","label":"Fonds ANR – projets","perimeter":"UCN"}""");

            assertThat(awaitOneFile(bus.outbox("siham/import-structure-financiere")))
                    .hasBinaryContent(("type_objet;code;libelle;code_parent;perimetre_financier;date_debut;date_fin\r\n"
                            + "CF;910UFRSCI;UFR des sciences;910;UCN;01/01/2020;31/12/2030\r\n")
                            .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")));
            // The en dash is not in ISO-8859-15: that record waits in the dead-letter queue with the reason.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    bus.runtime().broker().messageCount("DLQ.siham.financial-structure-import")).isEqualTo(1));
        }
    }
}
