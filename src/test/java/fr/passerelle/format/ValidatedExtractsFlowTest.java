package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DATUM, CIR and payroll extractions: checked against their layouts and delivered byte for byte when valid. */
class ValidatedExtractsFlowTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "siham-to-datum, siham/datum-promouvabilite-ec, datum/promouvabilite-ec, DATUM_PROMOUVABILITE_EC_2026.csv",
            "siham-to-datum, siham/datum-titulaire, datum/titulaire, DATUM_TITULAIRE_2026.csv",
            "siham-to-datum, siham/datum-contractuel, datum/contractuel, DATUM_CONTRACTUEL_2026.csv",
            "siham-to-cir, siham/cir-fip, cir/fip, FIP_CIR_2026.txt",
            "siham-to-payroll, siham/deversement-paie, payroll/deversement-paie, DEVERSEMENT_PAIE_202601.csv",
            "harpege-to-datum, harpege/datum, datum/titulaire, DATUM_HARPEGE_2026.csv",
            "harpege-to-cir, harpege/cir, cir/fip, CIR_HARPEGE_2026.txt",
            "harpege-to-payroll, harpege/deversement-paie, payroll/deversement-paie, DEVERSEMENT_PAIE_HARPEGE_202601.csv"})
    void sampleDeliveredUnchanged(String flow, String inbox, String outbox, String file) throws Exception {
        Path sample = Path.of("samples", inbox, file);
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), flow)) {
            bus.drop(sample, inbox, file);
            Path archived = bus.awaitArchived(inbox, file);

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            assertThat(bus.outbox(outbox).resolve(file)).hasBinaryContent(Files.readAllBytes(sample));
            assertThat(bus.stats.get(flow, FlowStats.Outcome.DELIVERED)).isPositive();
        }
    }

    @Test
    void badFixedWidthLinesReportedWithNirMasked() throws Exception {
        String good = Files.readAllLines(Path.of("samples/siham/cir-fip/FIP_CIR_2026.txt"), StandardCharsets.ISO_8859_1)
                .get(0);
        String shortLine = good.substring(0, good.length() - 3);
        String badNir = "01" + "3850175123456XX" + good.substring(17);
        String badDate = good.substring(0, 83) + "20230931" + good.substring(91);
        Path file = dataDir.resolve("fip.txt");
        Files.writeString(file, good + "\r\n" + shortLine + "\r\n" + badNir + "\r\n" + badDate + "\r\n",
                StandardCharsets.ISO_8859_1);
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-cir")) {
            bus.drop(file, "siham/cir-fip", "FIP.txt");
            Path archived = bus.awaitArchived("siham/cir-fip", "FIP.txt");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            String report = Files.readString(archived.resolveSibling(archived.getFileName() + ".report.txt"));
            assertThat(report).contains("2\t-\t<masked, " + shortLine.length() + " characters>\trecord-length\tline has "
                    + shortLine.length() + " characters; layout siham/cir-fip expects " + good.length());
            assertThat(report).contains("3\tnir\t<masked, 15 characters>\tpattern\t");
            assertThat(report).contains("4\tdate_debut_periode\t20230931\tdate\tinvalid date; expected a real date"
                    + " written yyyyMMdd");
            assertThat(report).doesNotContain("285017512345678", "3850175123456XX");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("cir/fip"))).isEmpty();
        }
    }
}
