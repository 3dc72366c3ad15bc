package fr.passerelle.flow;

import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sample flow rof-courses-to-bus against the ROF simulator: what it publishes on passerelle.course. */
class RofCoursesToBusFlowTest {

    private static final String FLOW = "rof-courses-to-bus";

    @TempDir
    Path folder;

    private PasserelleRuntime bus;

    @AfterEach
    void stop() {
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void pollPublishesEveryProgrammeOfTheYear() throws Exception {
        bus = SampleFlowBus.config(folder, List.of("rof"), "passerelle.course::test.course", FLOW).start();

        SampleFlowBus.firePoll(bus, FLOW, "rof-recupererRegistreFormations");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED) >= 1
                        && bus.broker().messageCount("test.course") > 0);
        List<Received> messages = SampleFlowBus.drain(bus, "passerelle.course::test.course", 5000);

        assertThat(messages).isNotEmpty();
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.headers()).containsEntry("passerelleKind", "course")
                    .containsEntry("passerelleSource", "rof")
                    .containsEntry("passerelleVersion", CanonicalJson.version(message.body()));
            assertThat(message.headers().get("JMSXGroupID")).isEqualTo(message.headers().get("passerelleKey"));
            assertThat(message.headers().get("passerelleRun")).isNotBlank();
        });
        Received licence = messages.stream()
                .filter(m -> m.headers().get("passerelleKey").equals("FR_RNE_0451234X_PR_LMATH")).findFirst()
                .orElseThrow();
        Map<?, ?> record = CanonicalJson.fromJson(licence.body(), Map.class);
        assertThat(record.get("intitule")).isEqualTo("Licence Mathématiques");
        assertThat(record.get("codeDiplomeApogee")).isEqualTo("LMAT");
        assertThat(record.get("anneeUniversitaire")).isEqualTo("2025-2026");
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.READ)).isEqualTo(messages.size());
    }
}
