package fr.passerelle.flow;

import fr.passerelle.canonical.CanonicalJson;
import fr.passerelle.flow.SampleFlowBus.Received;
import fr.passerelle.runtime.FlowStats;
import fr.passerelle.runtime.PasserelleRuntime;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample poll flows of Harpège, SIHAM and SIFAC, each against its product's simulator: the records they publish
 * and their content.
 */
class ReferencePollFlowsTest {

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
    void harpegeStructuresArePublished() throws Exception {
        List<Received> messages = poll("harpege", "harpege-structures-to-bus", "harpege-consulterStructures",
                "passerelle.structure::test.structure");

        assertThat(messages).allSatisfy(m -> assertThat(m.headers())
                .containsEntry("passerelleKind", "structure").containsEntry("passerelleSource", "harpege"));
        Map<?, ?> faculty = record(messages, "UFRST");
        assertThat(faculty.get("codeStructure")).isEqualTo("UFRST");
        assertThat(faculty.get("codeStructurePere")).isEqualTo("UVL");
        assertThat(faculty.get("libelleLongStructure")).asString().isNotBlank();
    }

    @Test
    void sihamUnitsOpenTodayArePublished() throws Exception {
        List<Received> messages = poll("siham", "siham-structures-to-bus", "siham-RecupStructures",
                "passerelle.structure::test.structure");

        assertThat(messages).extracting(m -> m.headers().get("passerelleKey")).contains("UEX", "UFRSCI");
        Map<?, ?> sciences = record(messages, "UFRSCI");
        assertThat(sciences.get("libLongUO")).isEqualTo("UFR des Sciences");
        assertThat(sciences.get("codeUOParent")).isEqualTo("UEX");
        assertThat(sciences.get("typeUO")).isEqualTo("COMP");
    }

    @Test
    void sifacFinancialCentresArePublished() throws Exception {
        List<Received> messages = poll("sifac", "sifac-financial-centres-to-bus", "sifac-Z_PASS_CENTRES_FINANCIERS",
                "passerelle.financial-structure::test.financial-structure");

        assertThat(messages).allSatisfy(m -> assertThat(m.headers().get("passerelleKey")).startsWith("UVL/"));
        Map<?, ?> faculty = record(messages, "UVL/910");
        assertThat(faculty.get("BESCHR")).isEqualTo("UFR Sciences et techniques");
        assertThat(faculty.get("PARENT_ST")).isEqualTo("900");
        assertThat(faculty.get("DATBIS")).isEqualTo("9999-12-31");
    }

    @Test
    void sifacErrorRowPublishesNothing() throws Exception {
        String flow = "sifac-financial-centres-to-bus";
        bus = SampleFlowBus.config(folder, List.of("sifac"), "passerelle.financial-structure::test.financial-structure",
                flow).with("flow.sifac-financial-centres-to-bus.fm-area", "NONE").start();
        NotifyBuilder failed = new NotifyBuilder(bus.camelContext()).whenFailed(1).create();

        SampleFlowBus.firePoll(bus, flow, "sifac-Z_PASS_CENTRES_FINANCIERS");

        assertThat(failed.matches(30, TimeUnit.SECONDS)).as("the poll failed").isTrue();
        assertThat(bus.broker().messageCount("test.financial-structure")).isZero();
        assertThat(bus.flowStats().get(flow, FlowStats.Outcome.DELIVERED)).isZero();
    }

    @Test
    void rofFaultPublishesNothing() throws Exception {
        String flow = "rof-courses-to-bus";
        bus = SampleFlowBus.config(folder, List.of("rof"), "passerelle.course::test.course", flow)
                .with("flow.rof-courses-to-bus.academic-year", "1999").start();
        NotifyBuilder failed = new NotifyBuilder(bus.camelContext()).whenFailed(1).create();

        SampleFlowBus.firePoll(bus, flow, "rof-recupererRegistreFormations");

        assertThat(failed.matches(30, TimeUnit.SECONDS)).as("the poll failed").isTrue();
        assertThat(bus.broker().messageCount("test.course")).isZero();
    }

    private List<Received> poll(String product, String flow, String job, String fqqn) throws Exception {
        bus = SampleFlowBus.config(folder, List.of(product), fqqn, flow).start();
        String queue = fqqn.substring(fqqn.indexOf("::") + 2);
        SampleFlowBus.firePoll(bus, flow, job);
        await().atMost(Duration.ofSeconds(30)).until(() -> bus.broker().messageCount(queue) > 0);
        List<Received> messages = SampleFlowBus.drain(bus, fqqn, 5000);
        assertThat(messages).extracting(m -> m.headers().get("passerelleKey")).doesNotHaveDuplicates();
        assertThat(bus.flowStats().get(flow, FlowStats.Outcome.DELIVERED)).isEqualTo(messages.size());
        return messages;
    }

    private static Map<?, ?> record(List<Received> messages, String key) {
        Received message = messages.stream().filter(m -> key.equals(m.headers().get("passerelleKey"))).findFirst()
                .orElseThrow(() -> new AssertionError("No record " + key + " among "
                        + messages.stream().map(m -> m.headers().get("passerelleKey")).toList()));
        return CanonicalJson.fromJson(message.body(), Map.class);
    }
}
