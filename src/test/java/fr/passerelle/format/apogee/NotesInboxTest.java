package fr.passerelle.format.apogee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesInboxTest {

    private static final Instant NOW = Instant.parse("2026-09-28T09:22:00Z");

    @TempDir
    Path inbox;

    private final NotesInbox notesInbox = new NotesInbox();
    private final SettableClock clock = new SettableClock();

    /** Clock that stays at {@link #NOW} until a test moves it. */
    private static final class SettableClock extends Clock {

        private Instant instant = NOW;

        void advance(Duration duration) {
            instant = instant.plus(duration);
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void configure() {
        notesInbox.setClock(clock);
        notesInbox.setPairTimeoutSeconds(60);
        notesInbox.setPartnerSettleMillis(2000);
    }

    private Path drop(String name, byte[] content, Duration age) throws Exception {
        Path file = inbox.resolve(name);
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    private Path drop(String name, String content, Duration age) throws Exception {
        return drop(name, content.getBytes(StandardCharsets.UTF_8), age);
    }

    private boolean isReady(Path file) {
        return notesInbox.isReady(file.toString());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void marksFileReadyOnceMaquetteSettled() throws Exception {
        Path marks = drop("s4.csv", "student;element;mark\n", Duration.ZERO);
        Path maquette = drop("s4.TXT", Samples.realMaquette(), Duration.ofMillis(1500));

        assertThat(isReady(marks)).isFalse();
        Files.setLastModifiedTime(maquette, FileTime.from(NOW.minusMillis(2000)));
        assertThat(isReady(marks)).isTrue();
        assertThat(isReady(maquette)).isFalse();
    }

    @Test
    void partnerFoundInAnyCase() throws Exception {
        Path marks = drop("s4.CSV", "student;element;mark\n", Duration.ZERO);
        drop("s4.txt", Samples.realMaquette(), Duration.ofMinutes(1));

        assertThat(isReady(marks)).isTrue();
    }

    @Test
    void partnerNeedsSameBaseName() throws Exception {
        Path marks = drop("s4.csv", "student;element;mark\n", Duration.ofSeconds(59));
        drop("s4-bis.TXT", Samples.realMaquette(), Duration.ofMinutes(1));

        assertThat(isReady(marks)).isFalse();
    }

    @Test
    void fileAloneReadyAfterTimeout() throws Exception {
        Path maquette = drop("s4.TXT", Samples.realMaquette(), Duration.ZERO);

        assertThat(isReady(maquette)).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(isReady(maquette)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(isReady(maquette)).isTrue();
    }

    @Test
    void timeoutRunsFromFirstSight() throws Exception {
        Path maquette = drop("s4.TXT", Samples.realMaquette(), Duration.ofDays(2));

        assertThat(isReady(maquette)).isFalse();
        clock.advance(Duration.ofSeconds(60));
        assertThat(isReady(maquette)).isTrue();
    }

    @Test
    void timeoutRestartsWhenFileChanges() throws Exception {
        Path maquette = drop("s4.TXT", Samples.realMaquette(), Duration.ZERO);
        assertThat(isReady(maquette)).isFalse();

        clock.advance(Duration.ofSeconds(50));
        Files.setLastModifiedTime(maquette, FileTime.from(clock.instant()));
        clock.advance(Duration.ofSeconds(50));

        assertThat(isReady(maquette)).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(isReady(maquette)).isTrue();
    }

    @Test
    void otherFileReadyAfterTimeout() throws Exception {
        Path other = drop("s4.xlsx", "PK", Duration.ZERO);

        assertThat(isReady(other)).isFalse();
        clock.advance(Duration.ofSeconds(60));
        assertThat(isReady(other)).isTrue();
    }

    @Test
    void missingFileNotReady() {
        assertThat(notesInbox.isReady(inbox.resolve("gone.csv").toString())).isFalse();
    }

    @Test
    void fileAloneWaitsBeforeTimeout() throws Exception {
        Path marks = drop("s4.csv", "student;element;mark\n", Duration.ofSeconds(10));

        NotesOutcome outcome = notesInbox.fill(marks.toString());

        assertThat(outcome.deferred()).isTrue();
        assertThat(outcome.inputs()).isEmpty();
    }

    @Test
    void pairFilledAndArchivedToDone() throws Exception {
        Path maquette = drop("s4.TXT", Samples.realMaquette(), Duration.ofMinutes(1));
        Path marks = drop("s4.csv", "student;element;mark;result\n58310472;7WGA4;14.5;ADM\n40000001;7WGA4;12;\n",
                Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());

        assertThat(outcome.deferred()).isFalse();
        assertThat(outcome.rejected()).isFalse();
        assertThat(outcome.maquetteName()).isEqualTo("s4.TXT");
        assertThat(outcome.reportName()).isEqualTo("s4.report.txt");
        assertThat(outcome.linesRead()).isEqualTo(2);
        assertThat(outcome.linesPlaced()).isEqualTo(1);
        assertThat(outcome.linesRejected()).isEqualTo(1);
        assertThat(Samples.latin1(outcome.filledMaquette()))
                .contains("\r\n58310472\tAAA BBB\t 19/08/2007\t14,5\t\t\tADM\t");
        assertThat(outcome.report()).isEqualTo("""
                Apogée notes import: s4

                Maquette:   s4.TXT (diploma 7W29, year 2026/2027, 25 student rows, 20 value columns)
                Marks file: s4.csv (UTF-8, separator ';')
                Output:     s4.TXT, ready for import into Apogée
                Mark lines read: 2, placed: 1, not placed: 1

                Mark lines not placed (1):
                s4.csv line 3: student 40000001, element 7WGA4, value "12": student-not-in-maquette: the maquette \
                has no row for student 40000001; check the number, or export a maquette that includes this student

                Malformed maquette rows, left unchanged (0):
                (none)

                Values that replaced a value already in the maquette (0):
                (none)
                """);

        notesInbox.archive(outcome);

        assertThat(names(inbox)).containsExactly(".done");
        assertThat(names(inbox.resolve(".done"))).containsExactly("s4.TXT", "s4.csv");
        assertThat(Files.readAllBytes(inbox.resolve(".done/s4.TXT"))).isEqualTo(Samples.realMaquette());
    }

    @Test
    void reportListsMalformedRows() throws Exception {
        String text = Samples.withLine(Samples.FIRST_ROW, "5831O472\tAAA BBB\t 19/08/2007" + "\t".repeat(20));
        drop("s4.TXT", Samples.latin1(text), Duration.ofMinutes(1));
        Path marks = drop("s4.csv", "student;element;mark\n91736205;7WGA4;12\n", Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());

        assertThat(outcome.report()).contains("""
                Malformed maquette rows, left unchanged (1):
                s4.TXT line 52: the student number "5831O472" is not made of digits; the row is left unchanged
                """);
    }

    @Test
    void nothingPlacedWritesNoMaquette() throws Exception {
        drop("s4.TXT", Samples.realMaquette(), Duration.ofMinutes(1));
        Path marks = drop("s4.csv", "student;element;mark\n58310472;7WGA4;25\n", Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());

        assertThat(outcome.hasMaquette()).isFalse();
        assertThat(outcome.report()).contains("Output:     none, because no mark line could be placed\n");
        assertThat(outcome.rejected()).isFalse();
    }

    @Test
    void unreadableMaquetteSendsPairToError() throws Exception {
        drop("s4.TXT", Samples.realMaquetteText().getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Path marks = drop("s4.csv", "student;element;mark\n58310472;7WGA4;12\n", Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());
        notesInbox.archive(outcome);

        assertThat(outcome.hasMaquette()).isFalse();
        assertThat(outcome.linesRead()).isZero();
        assertThat(names(inbox.resolve(".error"))).containsExactly(
                "s4.TXT", "s4.TXT.error.txt", "s4.csv", "s4.csv.error.txt");
        assertThat(Files.readString(inbox.resolve(".error/s4.TXT.error.txt"))).isEqualTo("""
                File:     s4.TXT
                Rejected: 2026-09-28T09:22:00Z
                Reason:   s4.TXT cannot be read as an Apogée maquette: line 7: the file is UTF-8 ("É" is written as \
                the bytes C3 89), but Apogée writes and imports maquettes in ISO-8859-1; export the maquette again \
                from Apogée or convert it to ISO-8859-1
                """);
        assertThat(outcome.report()).startsWith("""
                Apogée notes import: s4

                Output:     none, the pair was not processed and its files are in .error/

                Reasons:
                s4.TXT cannot be read as an Apogée maquette: line 7:""");
    }

    @Test
    void oversizedMarksFileSendsPairToError() throws Exception {
        notesInbox.setMaxFileBytes(1000);
        drop("s5.TXT", Samples.realMaquette(), Duration.ofMinutes(1));
        Path marks = drop("s5.csv", "student;element;mark\n" + "58310472;7WGA4;12\n".repeat(100), Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());
        notesInbox.archive(outcome);

        assertThat(outcome.hasMaquette()).isFalse();
        assertThat(names(inbox.resolve(".error"))).containsExactly(
                "s5.TXT", "s5.TXT.error.txt", "s5.csv", "s5.csv.error.txt");
        assertThat(Files.readString(inbox.resolve(".error/s5.csv.error.txt")))
                .contains("flow.apogee-notes.max-file-bytes (1000)");
    }

    @Test
    void emptyMarksFileIsReportedNotLeftBehind() throws Exception {
        drop("s6.TXT", Samples.realMaquette(), Duration.ofMinutes(1));
        Path marks = drop("s6.csv", "", Duration.ZERO);

        NotesOutcome outcome = notesInbox.fill(marks.toString());
        notesInbox.archive(outcome);

        assertThat(outcome.hasMaquette()).isFalse();
        assertThat(names(inbox.resolve(".error"))).contains("s6.csv", "s6.csv.error.txt");
        assertThat(Files.readString(inbox.resolve(".error/s6.csv.error.txt"))).contains("s6.csv");
    }

    @Test
    void orphanMarksFileSentToError() throws Exception {
        Path marks = drop("s4.csv", "student;element;mark\n58310472;7WGA4;12\n", Duration.ZERO);
        assertThat(isReady(marks)).isFalse();
        clock.advance(Duration.ofMinutes(1));

        NotesOutcome outcome = notesInbox.fill(marks.toString());
        notesInbox.archive(outcome);

        String reason = "no maquette s4.TXT arrived within 1 minute of the marks file s4.csv; drop the maquette"
                + " exported from Apogée and the marks file again";
        assertThat(outcome.errors()).containsExactly(Map.entry(marks, reason));
        assertThat(outcome.report()).contains("Reasons:\n" + reason + "\n");
        assertThat(Files.readString(inbox.resolve(".error/s4.csv.error.txt"))).contains("Reason:   " + reason + "\n");
    }

    @Test
    void archiveKeepsEarlierFileOfSameName() throws Exception {
        Files.createDirectories(inbox.resolve(".done"));
        Files.writeString(inbox.resolve(".done/s4.csv"), "earlier");
        drop("s4.TXT", Samples.realMaquette(), Duration.ofMinutes(1));
        Path marks = drop("s4.csv", "student;element;mark\n58310472;7WGA4;12\n", Duration.ZERO);

        notesInbox.archive(notesInbox.fill(marks.toString()));

        assertThat(names(inbox.resolve(".done"))).containsExactly("s4.20260928-092200-000.csv", "s4.TXT", "s4.csv");
        assertThat(Files.readString(inbox.resolve(".done/s4.csv"))).isEqualTo("earlier");
    }
}
