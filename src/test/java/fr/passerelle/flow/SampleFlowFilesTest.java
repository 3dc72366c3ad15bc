package fr.passerelle.flow;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of the SOAP route templates and the sample flows: every template parameter documented with a title,
 * a type and a default in the file's header and in its declaration, and every sample flow made only of templated
 * routes that give each required parameter and no unknown one.
 */
class SampleFlowFilesTest {

    private static final List<String> TEMPLATES = List.of("soap-poll-to-address", "soap-queue-to-operation");
    /** A header line: name, title, then a type and required or a default. */
    private static final Pattern DOC_LINE = Pattern.compile(
            "^#\\s{3}(\\w+)\\s{2,}(.+?)\\s{2,}(string|integer|boolean)\\s+(required|\\S+)\\s", Pattern.MULTILINE);

    @Test
    void everyTemplateParameterIsDocumented() throws IOException {
        for (String template : TEMPLATES) {
            Path file = Path.of("routes", "templates", template + ".camel.yaml");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Map<String, Object>> declared = declaredParameters(text);
            Map<String, String> documented = new HashMap<>();
            Matcher line = DOC_LINE.matcher(text);
            while (line.find()) {
                documented.put(line.group(1), line.group(4));
            }

            assertThat(documented.keySet()).as("parameters documented in the header of %s", file)
                    .containsExactlyInAnyOrderElementsOf(declared.keySet());
            declared.forEach((name, parameter) -> {
                assertThat(parameter.get("description")).as("description of %s in %s", name, file)
                        .asString().matches(".+ \\((string|integer|boolean), (required|default .+)\\): .+");
                boolean required = "required".equals(documented.get(name));
                assertThat(parameter.containsKey("defaultValue")).as("default of %s in %s", name, file)
                        .isEqualTo(!required);
            });
        }
    }

    @Test
    void sampleFlowsUseOnlyTemplatesWithTheirParameters() throws IOException {
        Map<String, Map<String, Map<String, Object>>> templates = new HashMap<>();
        for (String template : TEMPLATES) {
            String text = Files.readString(Path.of("routes", "templates", template + ".camel.yaml"));
            templates.put(templateId(text), declaredParameters(text));
        }
        Set<String> products = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("samples", "flows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                List<?> items = (List<?>) new Load(LoadSettings.builder().build())
                        .loadFromString(Files.readString(file));
                assertThat(items).as(file.toString()).isNotEmpty();
                for (Object item : items) {
                    Map<?, ?> entry = (Map<?, ?>) item;
                    assertThat(entry.keySet().stream().map(String::valueOf).toList()).as("kinds of entries in %s", file)
                            .containsExactly("templatedRoute");
                    Map<?, ?> route = (Map<?, ?>) entry.get("templatedRoute");
                    Map<String, Map<String, Object>> parameters = templates.get((String) route.get("routeTemplateRef"));
                    assertThat(parameters).as("template of %s", file).isNotNull();
                    Map<String, Object> given = new HashMap<>();
                    for (Object parameter : (List<?>) route.get("parameters")) {
                        Map<?, ?> pair = (Map<?, ?>) parameter;
                        given.put((String) pair.get("name"), pair.get("value"));
                    }
                    assertThat(parameters.keySet()).as("parameters of %s", file).containsAll(given.keySet());
                    parameters.forEach((name, declaration) -> {
                        if (!declaration.containsKey("defaultValue")) {
                            assertThat(given).as("required parameter %s in %s", name, file).containsKey(name);
                        }
                    });
                    assertThat(given.get("flow")).as("flow of %s", file)
                            .isEqualTo(file.getFileName().toString().replace(".camel.yaml", ""));
                    products.add((String) given.get("product"));
                }
            }
        }
        assertThat(products).contains("apogee", "rof", "harpege", "siham", "sifac", "sinchro");
    }

    private static String templateId(String text) {
        for (Object item : (List<?>) new Load(LoadSettings.builder().build()).loadFromString(text)) {
            Map<?, ?> entry = (Map<?, ?>) item;
            if (entry.containsKey("routeTemplate")) {
                return (String) ((Map<?, ?>) entry.get("routeTemplate")).get("id");
            }
        }
        throw new AssertionError("No routeTemplate in the file");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> declaredParameters(String text) {
        Map<String, Map<String, Object>> parameters = new java.util.LinkedHashMap<>();
        for (Object item : (List<?>) new Load(LoadSettings.builder().build()).loadFromString(text)) {
            Map<?, ?> entry = (Map<?, ?>) item;
            if (entry.containsKey("routeTemplate")) {
                for (Object parameter : (List<?>) ((Map<?, ?>) entry.get("routeTemplate")).get("parameters")) {
                    Map<String, Object> declaration = (Map<String, Object>) parameter;
                    parameters.put((String) declaration.get("name"), declaration);
                }
            }
        }
        return parameters;
    }
}
