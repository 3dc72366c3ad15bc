package fr.passerelle.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the demo command switches on and where it copies the samples, before anything starts. */
class DemoSettingsTest {

    @TempDir
    Path dir;

    private static Settings settings(Map<String, String> values) {
        return Settings.load(null, values, new HashMap<>());
    }

    @Test
    void flowsWithSamplesSwitchedOn() {
        Map<String, String> demo = DemoCommand.demoSettings(settings(Map.of()), Set.of());

        assertThat(demo).containsEntry("flow.siham-to-pms.enabled", "true")
                .containsEntry("flow.harpege-agents-to-bus.enabled", "true")
                .containsEntry("flow.csv-to-sinchro.enabled", "true")
                .containsEntry("flow.bus-to-harpege.enabled", "true")
                .containsEntry("flow.bus-to-rof.period-ms", "1000")
                .containsEntry("passerelle.broker.filter.harpege.agent-import", "passerelleSource = 'harpege'");
        assertThat(demo.keySet()).noneMatch(key -> key.startsWith("demo."));
    }

    @Test
    void commandLineKeysLeftAlone() {
        Map<String, String> demo = DemoCommand.demoSettings(settings(Map.of()),
                Set.of("flow.siham-to-pms.enabled", "flow.bus-to-rof.enabled", "flow.bus-to-rof.period-ms"));

        assertThat(demo).doesNotContainKeys("flow.siham-to-pms.enabled", "flow.bus-to-rof.enabled",
                "flow.bus-to-rof.period-ms");
        assertThat(demo).containsEntry("flow.harpege-to-pms.enabled", "true");
    }

    @Test
    void samplesCopiedToEachInbox() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples/x"));
        Files.writeString(samples.resolve("a.csv"), "a");
        Files.writeString(samples.resolve("b.csv"), "b");
        Files.writeString(samples.resolve("c.csv"), "c");
        PasserelleRuntime runtime = new PasserelleRuntime(TestRuntime.in(dir.resolve("data"))
                .with("passerelle.samples-dir", dir.resolve("samples").toString())
                .with("flow.test-flow.enabled", "true")
                .with("flow.test-flow.inbox", "inbox/legacy")
                .with("flow.test-flow.demo-samples", " x/a.csv -> inbox/one/first , x/b.csv->inbox/two,x/c.csv")
                .settings());

        DemoCommand.copySamples(runtime);

        Path data = dir.resolve("data");
        assertThat(data.resolve("inbox/one/first/a.csv")).hasContent("a");
        assertThat(data.resolve("inbox/two/b.csv")).hasContent("b");
        assertThat(data.resolve("inbox/legacy/c.csv")).hasContent("c");
    }

    @Test
    void sampleWithoutInboxNamesProperty() {
        PasserelleRuntime runtime = new PasserelleRuntime(TestRuntime.in(dir.resolve("data"))
                .with("flow.test-flow.enabled", "true")
                .with("flow.test-flow.demo-samples", "x/a.csv")
                .settings());

        assertThatThrownBy(() -> DemoCommand.copySamples(runtime))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("flow.test-flow.demo-samples")
                .hasMessageContaining("<sample> -> <inbox folder>");
    }
}
