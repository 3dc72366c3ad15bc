package fr.passerelle.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.canonical.CanonicalJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as an operator runs it, in a temporary data folder. */
class PasserelleCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** The file flows the demo switches on, each with its demo samples or something to consume. */
    private static final List<String> FILE_FLOWS = List.of("siham-to-pms", "harpege-to-pms", "siham-to-datum",
            "harpege-to-datum", "siham-to-cir", "harpege-to-cir", "siham-to-payroll", "harpege-to-payroll",
            "harpege-to-archive", "csv-to-sinchro", "apogee-students-to-bus", "rof-offer-to-bus",
            "harpege-agents-to-bus", "bus-to-harpege", "bus-to-rof", "sifac-to-siham", "siham-to-mirror");

    @Test
    void demoOnceDeliversEverySampleAndWritesReport() throws Exception {
        Path report = dir.resolve("report.json");
        Path data = dir.resolve("data");

        int exit = PasserelleCommand.execute("demo", "--once", "--report", report.toString(),
                "--data-dir", data.toString(),
                "--set", "passerelle.broker.embedded.tcp-url=");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = CanonicalJson.mapper().readTree(Files.readString(report));
        assertThat(json.get("complete").asBoolean()).isTrue();
        JsonNode agents = json.get("flows").get("siham-to-sinchro");
        assertThat(agents.get("read").asLong()).isEqualTo(520);
        assertThat(agents.get("delivered").asLong()).isEqualTo(520);
        JsonNode notes = json.get("flows").get("apogee-notes");
        assertThat(notes.get("read").asLong()).isPositive();
        assertThat(notes.get("delivered").asLong() + notes.get("rejected").asLong())
                .isEqualTo(notes.get("read").asLong());
        assertThat(data.resolve("outbox/apogee/notes/maquette-notes-7W29.TXT")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SINCHRO (simulated) holds 520 resource persons");

        for (String flow : FILE_FLOWS) {
            JsonNode counts = json.get("flows").get(flow);
            assertThat(counts).as(flow).isNotNull();
            assertThat(counts.get("delivered").asLong()).as(flow + " delivered").isEqualTo(counts.get("read").asLong());
            assertThat(counts.get("rejected").asLong()).as(flow + " rejected").isZero();
            assertThat(counts.get("dead-lettered").asLong()).as(flow + " dead-lettered").isZero();
        }
        assertThat(json.get("flows").get("siham-to-pms").get("read").asLong()).isEqualTo(17);
        assertThat(json.get("flows").get("harpege-agents-to-bus").get("read").asLong()).isEqualTo(3);
        assertThat(json.get("flows").get("siham-to-mirror").get("delivered").asLong()).isEqualTo(520);
        // ROF reads SIHAM's 520 agents, Harpège's 3 and the 9 records of its own course offer.
        assertThat(json.get("flows").get("bus-to-rof").get("delivered").asLong()).isEqualTo(532);
        assertThat(json.get("flows").get("bus-to-harpege").get("delivered").asLong()).isEqualTo(3);
        // No flow publishes financial structures yet, so SIHAM's financial-structure import has nothing to write.
        assertThat(json.get("flows").get("sifac-to-siham").get("read").asLong()).isZero();

        Path outbox = data.resolve("outbox");
        for (String exchange : List.of("mouvements-c", "mouvements-p", "retour-paie-kx", "multi-affectations",
                "imputations-previsionnelles")) {
            // SIHAM's and Harpège's samples have the same names: the second one gets a -2 suffix.
            assertThat(visibleFiles(outbox.resolve("pms/" + exchange))).as(exchange).hasSize(2);
        }
        assertThat(outbox.resolve("datum/promouvabilite-ec/DATUM_PROMOUVABILITE_EC_2026.csv")).hasBinaryContent(
                Files.readAllBytes(Path.of("samples/siham/datum-promouvabilite-ec/DATUM_PROMOUVABILITE_EC_2026.csv")));
        assertThat(outbox.resolve("datum/contractuel/DATUM_CONTRACTUEL_2026.csv")).exists();
        assertThat(outbox.resolve("datum/titulaire/DATUM_TITULAIRE_2026.csv")).exists();
        assertThat(outbox.resolve("datum/titulaire/DATUM_HARPEGE_2026.csv")).exists();
        assertThat(outbox.resolve("cir/fip/FIP_CIR_2026.txt")).exists();
        assertThat(outbox.resolve("cir/fip/CIR_HARPEGE_2026.txt")).exists();
        assertThat(outbox.resolve("payroll/deversement-paie/DEVERSEMENT_PAIE_202601.csv")).exists();
        assertThat(outbox.resolve("payroll/deversement-paie/DEVERSEMENT_PAIE_HARPEGE_202601.csv")).exists();
        assertThat(outbox.resolve("archive/arretes/ARRETES_202601/index.csv")).exists();
        assertThat(outbox.resolve("sinchro/projets-recherche/PROJETS_2026.xlsx")).isNotEmptyFile();
        assertThat(outbox.resolve("sinchro/cycles-horaires/CYCLES_2026.xlsx")).isNotEmptyFile();

        // Harpège's import gets Harpège's own agents back, line for line as the export wrote them.
        ByteArrayOutputStream harpegeImport = new ByteArrayOutputStream();
        for (Path file : visibleFiles(outbox.resolve("harpege/import-dossier-agent"))) {
            harpegeImport.write(Files.readAllBytes(file));
        }
        assertThat(harpegeImport.toByteArray()).isEqualTo(Files.readAllBytes(
                Path.of("samples/harpege/export-dossier-agent/DOSSIER_AGENT_EXPORT_202601.txt")));
        List<String> persons = new ArrayList<>();
        for (Path file : visibleFiles(outbox.resolve("rof/import-personnes"))) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("identifiant;type;nom;prenom;email;structure;grade;enseignant_chercheur");
            persons.addAll(lines.subList(1, lines.size()));
        }
        assertThat(persons).hasSize(523);
        assertThat(persons).contains("UCN000159222;RESSOURCE;Lefèvre;Anaïs;anais.lefevre@unicaen.example.fr;UFR-SCI;3001;N");
        assertThat(persons).anyMatch(line -> line.startsWith("UEX000100005;RESSOURCE;"));
        assertThat(visibleFiles(outbox.resolve("rof/import-formations"))).singleElement().satisfies(file ->
                assertThat(file).content(StandardCharsets.UTF_8).contains("FR_RNE_0141408E_CO_ALGO1", "UP1-C25379"));
        assertThat(visibleFiles(outbox.resolve("rof/import-structures"))).isEmpty();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/passerelle"));
             ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM mirror_agent")) {
            rows.next();
            // The mirror takes SIHAM's agents only: Harpège's are filtered out of its queue.
            assertThat(rows.getLong(1)).isEqualTo(520);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("outbox/pms/mouvements-c")
                .contains("outbox/harpege/import-dossier-agent");
    }

    @Test
    void demoKeepsFlowSwitchedOffOnCommandLine() throws Exception {
        Path report = dir.resolve("report.json");
        Path data = dir.resolve("data");

        int exit = PasserelleCommand.execute("demo", "--once", "--report", report.toString(),
                "--data-dir", data.toString(),
                "--set", "passerelle.broker.embedded.tcp-url=",
                "--set", "flow.siham-to-pms.enabled=false",
                "--set", "flow.bus-to-rof.enabled=false");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode flows = CanonicalJson.mapper().readTree(Files.readString(report)).get("flows");
        assertThat(flows.has("siham-to-pms")).isFalse();
        assertThat(flows.has("bus-to-rof")).isFalse();
        assertThat(flows.get("harpege-to-pms").get("delivered").asLong()).isEqualTo(17);
        assertThat(visibleFiles(data.resolve("outbox/pms/mouvements-c"))).hasSize(1);
        assertThat(data.resolve("inbox/siham/pms-mouvements-c")).doesNotExist();
        assertThat(data.resolve("outbox/rof")).doesNotExist();
    }

    private static List<Path> visibleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    @Test
    void invalidCronStopsStartAndNamesProperty() {
        int exit = PasserelleCommand.execute("demo", "--once", "--data-dir", dir.resolve("data").toString(),
                "--set", "passerelle.broker.embedded.tcp-url=",
                "--set", "flow.siham-to-sinchro.cron=every quarter hour");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("flow.siham-to-sinchro.cron")
                .contains("every quarter hour")
                .contains("Quartz cron");
    }

    @Test
    void missingSettingOfEnabledFlowNamesProperty() {
        int exit = PasserelleCommand.execute("demo", "--once", "--data-dir", dir.resolve("data").toString(),
                "--set", "passerelle.broker.embedded.tcp-url=",
                "--set", "siham.code-etablissement=");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("siham.code-etablissement")
                .contains("SIHAM_CODE_ETABLISSEMENT");
    }

    @Test
    void connectorsJsonListsEveryConnectorWithStatus() throws Exception {
        int exit = PasserelleCommand.execute("connectors", "--format", "json");

        assertThat(exit).isZero();
        JsonNode rows = CanonicalJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isPositive();
        for (JsonNode row : rows) {
            assertThat(row.has("product")).isTrue();
            assertThat(row.has("contract")).isTrue();
            assertThat(row.has("operation")).isTrue();
            assertThat(row.get("direction").asText()).isIn("outgoing", "incoming", "both");
            assertThat(row.get("kind").asText()).isIn("ws", "file");
            assertThat(row.get("status").asText()).isIn("configured", "simulated", "off");
        }
    }

    @Test
    void helpListsCommands() {
        int exit = PasserelleCommand.execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run").contains("demo").contains("connectors");
    }
}
