package fr.passerelle.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.canonical.CanonicalJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Test
    void demoOnceDeliversEverySampleAndWritesReport() throws Exception {
        Path report = dir.resolve("report.json");

        int exit = PasserelleCommand.execute("demo", "--once", "--report", report.toString(),
                "--data-dir", dir.resolve("data").toString(),
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
        assertThat(dir.resolve("data/outbox/apogee/notes/maquette-notes-7W29.TXT")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SINCHRO (simulated) holds 520 resource persons");
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
