package fr.passerelle.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.runtime.FlowStats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs routes/apogee-notes.camel.yaml in Camel Main, with the flow's settings from application.properties and a data
 * folder of its own, and checks what lands in the outbox, .done/ and .error/.
 */
class ApogeeNotesFlowTest {

    private static final String FLOW = "apogee-notes";
    private static final Path SAMPLES = Path.of("samples/apogee/notes");
    private static final String NAME = "maquette-notes-7W29";
    private static final List<String> ELEMENTS = List.of("7WGA4", "7WGB4", "7WGC4", "7WGD4", "7WGE4");
    /** Lines of the sample marks file that break a rule on purpose. */
    private static final Set<Integer> SAMPLE_ERROR_LINES = Set.of(13, 35, 57, 63, 73, 81, 82, 91);

    @TempDir
    Path dataDir;

    private final FlowStats flowStats = new FlowStats();
    private Main main;

    @AfterEach
    void stopCamel() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void samplePairFilled() throws Exception {
        startCamel(Map.of());

        Files.copy(SAMPLES.resolve(NAME + ".TXT"), inbox().resolve(NAME + ".TXT"));
        Files.copy(SAMPLES.resolve(NAME + ".csv"), inbox().resolve(NAME + ".csv"));

        // The read lock's marker file goes last, once the exchange is complete.
        await().atMost(Duration.ofSeconds(20)).until(() -> listNames(inbox()).equals(List.of(".done")));
        assertThat(listNames(done())).containsExactly(NAME + ".TXT", NAME + ".csv");
        assertThat(Files.readAllBytes(outbox().resolve(NAME + ".TXT"))).isEqualTo(expectedSampleMaquette());
        assertThat(listNames(outbox())).containsExactly(NAME + ".TXT", NAME + ".report.txt");
        String report = Files.readString(outbox().resolve(NAME + ".report.txt"), StandardCharsets.UTF_8);
        assertThat(report).contains("Mark lines read: 113, placed: 105, not placed: 8\n");
        assertThat(report).contains("maquette-notes-7W29.csv line 13: student 24681953, element 7WGB4, value \"21\":"
                + " mark-out-of-scale: the mark is above 20, the default scale for element 7WGB4\n");
        assertThat(report).contains("maquette-notes-7W29.csv line 63: student 40000001, element 7WGA4, value"
                + " \"12 ADM\": student-not-in-maquette: the maquette has no row for student 40000001; check the"
                + " number, or export a maquette that includes this student\n");
        assertThat(report).contains("maquette-notes-7W29.csv line 81: student 78302654, element 7WGC4, value"
                + " \"12 ADM\": duplicate: student 78302654 and element 7WGC4 are also on line 82; none of these lines"
                + " is placed until one remains\n");
        assertThat(report).contains("Malformed maquette rows, left unchanged (0):\n(none)\n");
        assertThat(flowStats.get(FLOW, FlowStats.Outcome.READ)).isEqualTo(113);
        assertThat(flowStats.get(FLOW, FlowStats.Outcome.DELIVERED)).isEqualTo(105);
        assertThat(flowStats.get(FLOW, FlowStats.Outcome.REJECTED)).isEqualTo(8);
    }

    @Test
    void marksFileWaitsForMaquette() throws Exception {
        startCamel(Map.of());

        Files.copy(SAMPLES.resolve(NAME + ".csv"), inbox().resolve(NAME + ".csv"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Files.exists(inbox().resolve(NAME + ".csv")) && listNames(outbox()).isEmpty());
        Files.copy(SAMPLES.resolve(NAME + ".TXT"), inbox().resolve(NAME + ".TXT"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(done().resolve(NAME + ".TXT")));
        assertThat(Files.readAllBytes(outbox().resolve(NAME + ".TXT"))).isEqualTo(expectedSampleMaquette());
    }

    @Test
    void maquetteAloneReportedAfterTimeout() throws Exception {
        startCamel(Map.of("flow.apogee-notes.pair-timeout-seconds", "1"));

        Files.copy(SAMPLES.resolve(NAME + ".TXT"), inbox().resolve(NAME + ".TXT"));

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(error().resolve(NAME + ".TXT.error.txt")));
        String reason = "no marks file maquette-notes-7W29.csv arrived within 1 second of the maquette"
                + " maquette-notes-7W29.TXT; drop the marks file and the maquette again";
        assertThat(Files.readString(error().resolve(NAME + ".TXT.error.txt"))).contains("Reason:   " + reason + "\n");
        assertThat(Files.readAllBytes(error().resolve(NAME + ".TXT"))).isEqualTo(sampleMaquette());
        assertThat(Files.readString(outbox().resolve(NAME + ".report.txt"))).contains("Reasons:\n" + reason + "\n");
        assertThat(listNames(outbox())).containsExactly(NAME + ".report.txt");
        assertThat(flowStats.get(FLOW, FlowStats.Outcome.READ)).isZero();
    }

    @Test
    void binaryMaquetteSendsPairToError() throws Exception {
        startCamel(Map.of());
        byte[] garbage = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

        Files.write(inbox().resolve("s4.TXT"), garbage);
        Files.copy(SAMPLES.resolve(NAME + ".csv"), inbox().resolve("s4.csv"));

        await().atMost(Duration.ofSeconds(20)).until(() -> listNames(inbox()).equals(List.of(".error")));
        assertThat(listNames(error())).containsExactly("s4.TXT", "s4.TXT.error.txt", "s4.csv", "s4.csv.error.txt");
        assertThat(Files.readString(error().resolve("s4.TXT.error.txt"))).contains("Reason:   s4.TXT cannot be read"
                + " as an Apogée maquette: line 1: control byte 0x03: the file is binary, not an Apogée maquette\n");
        assertThat(Files.readString(error().resolve("s4.csv.error.txt"))).contains("Reason:   s4.csv was not"
                + " processed, because its maquette s4.TXT cannot be read: line 1: control byte 0x03: the file is"
                + " binary, not an Apogée maquette\n");
        assertThat(Files.readAllBytes(error().resolve("s4.TXT"))).isEqualTo(garbage);
        assertThat(listNames(outbox())).containsExactly("s4.report.txt");
    }

    @Test
    void unreadableMarksFileSendsPairToError() throws Exception {
        startCamel(Map.of());

        Files.copy(SAMPLES.resolve(NAME + ".TXT"), inbox().resolve("s4.TXT"));
        Files.writeString(inbox().resolve("s4.csv"), "student\telement\tmark\n58310472\t7WGA4\t12\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(error().resolve("s4.TXT.error.txt")));
        assertThat(Files.readString(error().resolve("s4.csv.error.txt"))).contains("Reason:   s4.csv cannot be read"
                + " as a marks file: line 1: the header line \"student\\telement\\tmark\" has no ';' or ','"
                + " separator; expected student;element;mark;result, separated by ';' or ','\n");
        assertThat(Files.readString(outbox().resolve("s4.report.txt"))).contains("s4.TXT was not filled, because its"
                + " marks file s4.csv cannot be read: line 1: the header line");
        assertThat(listNames(outbox())).containsExactly("s4.report.txt");
    }

    @Test
    void unexpectedFileSentToError() throws Exception {
        startCamel(Map.of("flow.apogee-notes.pair-timeout-seconds", "1"));

        Files.writeString(inbox().resolve("notes.xlsx"), "not a maquette");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(error().resolve("notes.xlsx.error.txt")));
        assertThat(Files.readString(error().resolve("notes.xlsx.error.txt"))).contains("Reason:   notes.xlsx is"
                + " neither a marks file (<name>.csv) nor a maquette (<name>.TXT); rename it and drop it again\n");
        assertThat(listNames(outbox())).isEmpty();
    }

    /** Starts Camel Main on the route file, with the flow's properties and faster polling. */
    private void startCamel(Map<String, String> overrides) throws Exception {
        Files.createDirectories(inbox());
        Files.createDirectories(outbox());
        Map<String, String> properties = flowProperties();
        properties.put("passerelle.data-dir", dataDir.toString());
        properties.put("flow.apogee-notes.poll-delay", "100");
        properties.put("flow.apogee-notes.read-lock-check-interval", "100");
        properties.put("flow.apogee-notes.partner-settle-millis", "200");
        properties.putAll(overrides);

        main = new Main();
        main.configure().withRoutesIncludePattern("file:routes/apogee-notes.camel.yaml");
        main.setDefaultPropertyPlaceholderLocation("false");
        properties.forEach(main::addInitialProperty);
        main.bind("flowStats", flowStats);
        main.start();
    }

    /** Returns the flow.apogee-notes.* settings of application.properties, which the route must be able to run on. */
    private static Map<String, String> flowProperties() throws IOException {
        Properties all = new Properties();
        try (InputStream in = ApogeeNotesFlowTest.class.getResourceAsStream("/application.properties")) {
            all.load(in);
        }
        Map<String, String> flow = new HashMap<>();
        all.stringPropertyNames().stream()
                .filter(key -> key.startsWith("flow.apogee-notes."))
                .forEach(key -> flow.put(key, all.getProperty(key)));
        assertThat(flow).containsKeys("flow.apogee-notes.enabled", "flow.apogee-notes.pair-timeout-seconds",
                "flow.apogee-notes.partner-settle-millis", "flow.apogee-notes.read-lock-check-interval",
                "flow.apogee-notes.poll-delay");
        return flow;
    }

    /**
     * Builds the expected output from the sample files with plain string handling: each sample line that breaks no
     * rule puts its mark (decimal comma) and its result at the places of a combined-name row.
     */
    private static byte[] expectedSampleMaquette() throws IOException {
        String maquette = new String(sampleMaquette(), StandardCharsets.ISO_8859_1);
        String[] lines = maquette.split("\r\n", -1);
        List<String> marks = Files.readAllLines(SAMPLES.resolve(NAME + ".csv"), StandardCharsets.UTF_8);
        for (int i = 1; i < marks.size(); i++) {
            if (SAMPLE_ERROR_LINES.contains(i + 1)) {
                continue;
            }
            String[] mark = marks.get(i).split(";", -1);
            for (int l = 0; l < lines.length; l++) {
                if (lines[l].startsWith(mark[0] + "\t")) {
                    String[] fields = lines[l].split("\t", -1);
                    int element = ELEMENTS.indexOf(mark[1]);
                    fields[3 + 4 * element] = mark[2].replace('.', ',');
                    fields[6 + 4 * element] = mark[3];
                    lines[l] = String.join("\t", fields);
                }
            }
        }
        return String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path inbox() {
        return dataDir.resolve("inbox/apogee/notes");
    }

    private Path outbox() {
        return dataDir.resolve("outbox/apogee/notes");
    }

    private Path done() {
        return inbox().resolve(".done");
    }

    private Path error() {
        return inbox().resolve(".error");
    }

    private static List<String> listNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sampleMaquette() throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(NAME + ".TXT"));
    }
}
