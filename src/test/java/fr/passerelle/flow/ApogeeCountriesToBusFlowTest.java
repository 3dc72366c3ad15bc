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

/** The sample flow apogee-countries-to-bus against the Apogée simulator: the countries on passerelle.country. */
class ApogeeCountriesToBusFlowTest {

    private static final String FLOW = "apogee-countries-to-bus";

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
    void pollPublishesEachCountryOnce() throws Exception {
        bus = SampleFlowBus.config(folder, List.of("apogee"), "passerelle.country::test.country", FLOW).start();

        SampleFlowBus.firePoll(bus, FLOW, "apogee-recupererPays");
        await().atMost(Duration.ofSeconds(30)).until(() -> bus.broker().messageCount("test.country") > 0);
        List<Received> messages = SampleFlowBus.drain(bus, "passerelle.country::test.country", 5000);

        assertThat(messages).extracting(m -> m.headers().get("passerelleKey")).contains("100", "109")
                .doesNotHaveDuplicates();
        assertThat(messages).allSatisfy(m -> assertThat(m.headers())
                .containsEntry("passerelleKind", "country").containsEntry("passerelleSource", "apogee"));
        Received france = messages.stream().filter(m -> m.headers().get("passerelleKey").equals("100"))
                .findFirst().orElseThrow();
        assertThat(CanonicalJson.fromJson(france.body(), Map.class))
                .containsEntry("codePay", "100")
                .containsEntry("libPay", "FRANCE")
                .containsEntry("libNat", "FRANCAIS(E)");
        assertThat(bus.flowStats().get(FLOW, FlowStats.Outcome.DELIVERED)).isEqualTo(messages.size());
    }
}
