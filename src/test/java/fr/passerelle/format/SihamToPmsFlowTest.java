package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Flows siham-to-pms and harpege-to-pms through the bus, from the samples to the PMS drop folders. */
class SihamToPmsFlowTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "siham, mouvements-c, MouvementsC_202601.csv",
            "siham, mouvements-p, MouvementsP_2026.csv",
            "siham, retour-paie-kx, RetourPaye_KX_202601.csv",
            "siham, multi-affectations, MultiAffectations_202601.csv",
            "siham, imputations-previsionnelles, ImputationsPrev_2026.csv",
            "harpege, mouvements-c, MouvementsC_202601.csv",
            "harpege, mouvements-p, MouvementsP_2026.csv",
            "harpege, retour-paie-kx, RetourPaye_KX_202601.csv",
            "harpege, multi-affectations, MultiAffectations_202601.csv",
            "harpege, imputations-previsionnelles, ImputationsPrev_2026.csv"})
    void sampleDeliveredAsPmsExpects(String product, String exchange, String file) throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), product + "-to-pms")) {
            String inbox = product + "/pms-" + exchange;
            bus.drop(Path.of("samples", inbox, file), inbox, file);
            Path archived = bus.awaitArchived(inbox, file);

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            assertThat(bus.outbox("pms/" + exchange).resolve(file))
                    .hasBinaryContent(Files.readAllBytes(Path.of("samples/pms", exchange, file)));
            long records = Files.readAllLines(Path.of("samples/pms", exchange, file), StandardCharsets.ISO_8859_1).size() - 1;
            assertThat(bus.stats.get(product + "-to-pms", FlowStats.Outcome.READ)).isEqualTo(records);
            assertThat(bus.stats.get(product + "-to-pms", FlowStats.Outcome.DELIVERED)).isEqualTo(records);
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("pms/" + exchange))).hasSize(1);
        }
    }

    @Test
    void slowCopyNotReadHalfWay() throws Exception {
        byte[] content = Files.readAllBytes(Path.of("samples/siham/pms-mouvements-c/MouvementsC_202601.csv"));
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-pms")) {
            Path target = bus.inbox("siham/pms-mouvements-c").resolve("MouvementsC_202601.csv");
            int chunk = content.length / 3 + 1;
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int start = 0; start < content.length; start += chunk) {
                    out.write(Arrays.copyOfRange(content, start, Math.min(content.length, start + chunk)));
                    out.flush();
                    if (start + chunk < content.length) {
                        // The copy pauses for less than the read lock's minimum age: the file must stay untouched.
                        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                                .until(() -> Files.exists(target) && !Files.exists(bus.outbox("pms/mouvements-c")));
                    }
                }
            }
            Path archived = bus.awaitArchived("siham/pms-mouvements-c", "MouvementsC_202601.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            assertThat(bus.outbox("pms/mouvements-c").resolve("MouvementsC_202601.csv"))
                    .hasBinaryContent(Files.readAllBytes(Path.of("samples/pms/mouvements-c/MouvementsC_202601.csv")));
        }
    }

    @Test
    void badFileGoesToErrorWithReport() throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-pms")) {
            Path bad = dataDir.resolve("bad.csv");
            Files.writeString(bad, "matricule;nom_usuel;prenom;type_mouvement;date_effet;date_fin;statut;categorie;corps;"
                    + "grade;echelon;indice_majore;quotite;code_structure;code_emploi\n"
                    + "UCN000000001;Martin;Paul;E;2026-01-01;;TIT;A;;;;;100.00;DRH;\n"
                    + "UCN000000002;Durand;Anne;X;2026-01-32;;TIT;A;;;;;100.00;DRH;\n");
            bus.drop(bad, "siham/pms-mouvements-c", "MouvementsC_bad.csv");
            Path archived = bus.awaitArchived("siham/pms-mouvements-c", "MouvementsC_bad.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            Path report = archived.resolveSibling(archived.getFileName() + ".report.txt");
            assertThat(report).content()
                    .contains("file: MouvementsC_bad.csv", "policy: reject-file", "records: 2 read, 0 delivered, 1 rejected")
                    .contains("3\ttype_mouvement\tX\tvalues\tvalue is not one of E, S, M")
                    .contains("3\tdate_effet\t2026-01-32\tdate\t");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("pms/mouvements-c"))).isEmpty();
            assertThat(bus.stats.get("siham-to-pms", FlowStats.Outcome.REJECTED)).isEqualTo(1);
        }
    }

    @Test
    void sameFileDroppedTwiceDeliveredOnce() throws Exception {
        Path sample = Path.of("samples/siham/pms-multi-affectations/MultiAffectations_202601.csv");
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-pms")) {
            bus.drop(sample, "siham/pms-multi-affectations", "first.csv");
            bus.awaitArchived("siham/pms-multi-affectations", "first.csv");
            bus.drop(sample, "siham/pms-multi-affectations", "again.csv");
            Path archived = bus.awaitArchived("siham/pms-multi-affectations", "again.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("outcome: duplicate: nothing was sent again", "first.csv received at");
            assertThat(FileFlowHarness.visibleFiles(bus.outbox("pms/multi-affectations")))
                    .extracting(p -> p.getFileName().toString()).containsExactly("first.csv");
        }
    }

    @Test
    void establishmentLayoutOverridesDefault() throws Exception {
        Path layouts = dataDir.resolve("layouts");
        Path override = Files.createDirectories(layouts.resolve("pms/multi-affectations")).resolve("layout.yaml");
        // This establishment's PMS version takes tab-separated UTF-8 with ISO dates.
        Files.writeString(override, Files.readString(Path.of("samples/pms/multi-affectations/layout.yaml"))
                .replace("encoding: ISO-8859-15", "encoding: UTF-8").replace("separator: \";\"", "separator: tab")
                .replace("format: dd/MM/yyyy", "format: yyyy-MM-dd"));
        Path sample = Path.of("samples/siham/pms-multi-affectations/MultiAffectations_202601.csv");
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-pms")) {
            bus.drop(sample, "siham/pms-multi-affectations", "multi.csv");
            bus.awaitArchived("siham/pms-multi-affectations", "multi.csv");

            assertThat(bus.outbox("pms/multi-affectations").resolve("multi.csv")).content(StandardCharsets.UTF_8)
                    .startsWith("matricule\tcode_structure\tdate_debut\tdate_fin\tquotite\tprincipale\tcode_poste\r\n"
                            + "UCN000159222\tUFR-SCI\t2025-09-01\t\t70,00\tO\tP001234\r\n");
        }
    }
}
