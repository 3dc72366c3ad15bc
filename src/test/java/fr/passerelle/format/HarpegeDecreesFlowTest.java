package fr.passerelle.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Flow harpege-to-archive: one document per decree and an index. */
class HarpegeDecreesFlowTest {

    private static final Charset LATIN9 = Charset.forName("ISO-8859-15");

    @TempDir
    Path dataDir;

    @Test
    void decreesSplitWithIndex() throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "harpege-to-archive")) {
            bus.drop(Path.of("samples/harpege/arretes/ARRETES_202601.txt"), "harpege/arretes", "ARRETES_202601.txt");
            Path archived = bus.awaitArchived("harpege/arretes", "ARRETES_202601.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Path folder = bus.outbox("archive/arretes/ARRETES_202601");
            assertThat(folder.resolve("index.csv")).hasContent("""
                    numero;agent;nature;date;document;lignes
                    2026-0142;00012345;AVANCEMENT D'ÉCHELON;2026-01-15;2026-0142.txt;4
                    2026-0143;00012399;TEMPS PARTIEL;2026-01-16;2026-0143.txt;3
                    2026-0150;00012345;"PRIME ; INDEMNITÉ";2026-01-20;2026-0150.txt;1""");
            assertThat(folder.resolve("2026-0143.txt")).hasContent("""
                    Le président de l'université,
                    ARRÊTE
                    Article 1 : M. Jérôme ŒUVRAY est autorisé à exercer ses fonctions à temps partiel (80 %) du\
                     01/02/2026 au 31/08/2026.""");
            assertThat(folder.resolve("2026-0150.txt")).hasContent(
                    "Article 1 : Une prime de 150 € est attribuée à Mme Anaïs LEFÈVRE.");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("archive/arretes"))).isEmpty();
        }
    }

    @Test
    void badDecreesReportedOthersArchived() throws Exception {
        String text = "Page de garde\r\n"
                + "ARRÊTÉ N° 2026-0001 - Agent 1 - Nature : CONGÉ - Date : 31/02/2026\r\nTexte un\r\n"
                + "ARRÊTÉ N° 2026-0002 - Agent 2 - Nature : CONGÉ - Date : 01/02/2026\r\nTexte deux\r\n"
                + "ARRÊTÉ N° 2026-0002 - Agent 3 - Nature : CONGÉ - Date : 02/02/2026\r\nTexte trois\r\n";
        Path file = Files.write(dataDir.resolve("a.txt"), text.getBytes(LATIN9));
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "harpege-to-archive")) {
            bus.drop(file, "harpege/arretes", "A.txt");
            Path archived = bus.awaitArchived("harpege/arretes", "A.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("records: 3 decrees read, 1 archived, 2 not archived")
                    .contains("1\t-\t\tstructure\ttext before the first decree header")
                    .contains("2\tdate\t31/02/2026\tdate\tinvalid decree date; expected dd/MM/yyyy")
                    .contains("6\tnumber\t2026-0002\tunique\tdecree number appears twice in the file");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("archive/arretes/A")))
                    .extracting(p -> p.getFileName().toString()).containsExactly("2026-0002.txt", "index.csv");
            assertThat(bus.outbox("archive/arretes/A").resolve("2026-0002.txt")).hasContent("Texte deux");
        }
    }

    @Test
    void utf8FileRejectedAsWrongEncoding() throws Exception {
        Path file = Files.writeString(dataDir.resolve("u.txt"),
                "ARRÊTÉ N° 1 - Agent 1 - Nature : CONGÉ - Date : 01/02/2026\r\nTexte €\r\n");
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "harpege-to-archive")) {
            bus.drop(file, "harpege/arretes", "U.txt");
            Path archived = bus.awaitArchived("harpege/arretes", "U.txt");

            // UTF-8 bytes are valid ISO-8859-15 but do not spell the header, so no decree is found.
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("no decree found");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("archive/arretes"))).isEmpty();
        }
    }
}
