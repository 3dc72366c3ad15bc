package fr.passerelle.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The done-file option of an exchange: a file is read once its marker exists, and the marker is archived with it. */
class DoneFileFlowTest {

    private static final Path SAMPLE = Path.of("samples/siham/cir-fip/FIP_CIR_2026.txt");
    private static final String INBOX = "siham/cir-fip";

    @TempDir
    Path dataDir;

    private FileFlowHarness start() {
        return FileFlowHarness.start(dataDir, Map.of("flow.siham-to-cir.cir-fip.done-file", "true"), "siham-to-cir");
    }

    @Test
    void fileWaitsForMarkerThenArchivedWithIt() throws Exception {
        try (FileFlowHarness bus = start()) {
            Path dropped = bus.drop(SAMPLE, INBOX, "FIP.txt");
            // Longer than the read lock's minimum age: without its marker the file stays in the inbox.
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> Files.exists(dropped) && FileFlowHarness.visibleFiles(bus.outbox("cir/fip")).isEmpty());

            Files.createFile(dropped.resolveSibling("FIP.txt.done"));
            Path archived = bus.awaitArchived(INBOX, "FIP.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            assertThat(archived.resolveSibling(archived.getFileName() + ".done")).exists();
            assertThat(dropped.resolveSibling("FIP.txt.done")).doesNotExist();
            assertThat(bus.outbox("cir/fip").resolve("FIP.txt")).hasBinaryContent(Files.readAllBytes(SAMPLE));
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("cir/fip"))).hasSize(1);
        }
    }

    @Test
    void rejectedFileArchivedWithMarkerAndReport() throws Exception {
        String good = Files.readAllLines(SAMPLE, Charset.forName("ISO-8859-15")).get(0);
        Path bad = Files.writeString(dataDir.resolve("bad.txt"), good + "\r\n" + good.substring(0, 50) + "\r\n",
                Charset.forName("ISO-8859-15"));
        try (FileFlowHarness bus = start()) {
            Path inbox = bus.inbox(INBOX);
            Files.copy(bad, inbox.resolve(".BAD.txt.copy"));
            Files.move(inbox.resolve(".BAD.txt.copy"), inbox.resolve("BAD.txt"));
            Files.createFile(inbox.resolve("BAD.txt.done"));
            Path archived = bus.awaitArchived(INBOX, "BAD.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".done")).exists();
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("file: BAD.txt", "outcome: rejected: nothing was delivered")
                    .contains("records: 2 read, 0 delivered, 1 rejected")
                    .contains("2\t-\t<masked, 50 characters>\trecord-length\tline has 50 characters");
            // The marker itself is never read as a file of the exchange.
            assertThat(FileFlowHarness.visibleFiles(inbox)).isEmpty();
            assertThat(List.of(inbox.resolve(".error").toFile().list())).noneMatch(name -> name.endsWith("_BAD.txt.done"
                    + ".report.txt"));
        }
    }
}
