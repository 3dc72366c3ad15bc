package fr.passerelle.format;

import fr.passerelle.runtime.FlowStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SihamToPmsFlowTest {

    @TempDir
    Path dataDir;

    @Test
    void observedMovementsDeliveredAsPmsExpects() throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "siham-to-pms")) {
            bus.drop(Path.of("samples/siham/pms-mouvements-c/MouvementsC_202601.csv"), "siham/pms-mouvements-c",
                    "MouvementsC_202601.csv");
            Path archived = bus.awaitArchived("siham/pms-mouvements-c", "MouvementsC_202601.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Path delivered = bus.outbox("pms/mouvements-c").resolve("MouvementsC_202601.csv");
            assertThat(delivered).hasBinaryContent(Files.readAllBytes(
                    Path.of("samples/pms/mouvements-c/MouvementsC_202601.csv")));
            assertThat(bus.stats.get("siham-to-pms", FlowStats.Outcome.DELIVERED)).isEqualTo(4);
        }
    }
}
