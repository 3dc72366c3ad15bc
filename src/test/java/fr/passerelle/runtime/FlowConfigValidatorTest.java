package fr.passerelle.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlowConfigValidatorTest {

    private static final String ROUTE = """
            - route:
                id: pollThings
                from:
                  uri: quartz:demo/poll
                  parameters:
                    cron: "{{flow.demo.cron}}"
                steps:
                  - to:
                      uri: "{{flow.demo.address}}"
                  - setHeader:
                      name: size
                      constant: "{{flow.demo.batch-size}}"
                  - log: "{{?flow.demo.optional}} {{flow.demo.label:none}} {{env:HOME}}"
            """;

    @Test
    void validSettingsPass(@TempDir Path dir) throws IOException {
        Path route = write(dir, ROUTE);
        FlowConfigValidator validator = validator(Map.of("flow.demo.cron", "0 0/5 * * * ?",
                "flow.demo.address", "http://127.0.0.1:8080/x", "flow.demo.batch-size", "20"));

        assertThat(validator.validate("demo", route)).isEmpty();
    }

    @Test
    void missingPropertyIsNamedWithItsVariable(@TempDir Path dir) throws IOException {
        Path route = write(dir, ROUTE);
        FlowConfigValidator validator = validator(Map.of("flow.demo.cron", "0 0/5 * * * ?",
                "flow.demo.batch-size", "20"));

        List<String> problems = validator.validate("demo", route);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("flow.demo.address").contains("FLOW_DEMO_ADDRESS");
    }

    @Test
    void invalidCronIsRejected(@TempDir Path dir) throws IOException {
        Path route = write(dir, ROUTE);
        FlowConfigValidator validator = validator(Map.of("flow.demo.cron", "every five minutes",
                "flow.demo.address", "http://127.0.0.1:8080/x", "flow.demo.batch-size", "20"));

        List<String> problems = validator.validate("demo", route);

        assertThat(problems).singleElement().asString().contains("flow.demo.cron").contains("Quartz cron");
    }

    @Test
    void invalidNumberAndAddressAreRejected(@TempDir Path dir) throws IOException {
        Path route = write(dir, ROUTE);
        FlowConfigValidator validator = validator(Map.of("flow.demo.cron", "0 0/5 * * * ?",
                "flow.demo.address", "not a uri", "flow.demo.batch-size", "0"));

        List<String> problems = validator.validate("demo", route);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("flow.demo.address");
        assertThat(problems.get(1)).contains("flow.demo.batch-size").contains("positive integer");
    }

    @Test
    void missingRouteFileIsNamed(@TempDir Path dir) {
        Path route = dir.resolve("demo.camel.yaml");

        List<String> problems = validator(Map.of()).validate("demo", route);

        assertThat(problems).singleElement().asString().contains(route.toString()).contains("flow.demo.enabled=false");
    }

    private static FlowConfigValidator validator(Map<String, String> values) {
        return new FlowConfigValidator(Settings.load(null, values, new HashMap<>()));
    }

    private static Path write(Path dir, String text) throws IOException {
        Path route = dir.resolve("demo.camel.yaml");
        Files.writeString(route, text);
        return route;
    }

    @Test
    void shippedDefaultsPassForEveryFlow() throws IOException {
        Settings settings = Settings.load(null, Map.of(), new HashMap<>());
        FlowConfigValidator validator = new FlowConfigValidator(settings);
        List<String> problems = new java.util.ArrayList<>();
        try (var routes = Files.list(Path.of("routes"))) {
            for (Path route : routes.filter(file -> file.toString().endsWith(".camel.yaml")).toList()) {
                String flow = route.getFileName().toString().replace(".camel.yaml", "");
                problems.addAll(validator.validate(flow, route));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void invalidWatermarkAndPolicyAreRejected() {
        assertThat(FlowConfigValidator.checkValue("flow.x.initial-watermark", "yesterday")).contains("ISO-8601");
        assertThat(FlowConfigValidator.checkValue("flow.x.initial-watermark", "2000-01-01T00:00:00")).isNull();
        assertThat(FlowConfigValidator.checkValue("flow.x.pms.policy", "drop")).contains("reject-file");
        assertThat(FlowConfigValidator.checkValue("flow.x.consumers", "0")).contains("positive integer");
        assertThat(FlowConfigValidator.checkValue("flow.x.poll-delay", "-1")).contains("positive integer");
    }
}
