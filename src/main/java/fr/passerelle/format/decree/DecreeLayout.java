package fr.passerelle.format.decree;

import fr.passerelle.format.DateFormat;
import fr.passerelle.format.LayoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decree boundaries in a text export: the encoding, and the pattern of the line that starts each decree,
 * whose named groups {@code number}, {@code agent}, {@code kind} and {@code date} feed the index.
 *
 * <p>Read from {@code <override folder>/<id>/layout.yaml} when present, else from the default in the jar, like the
 * record layouts.
 */
public record DecreeLayout(String id, String source, Charset charset, Pattern decreeStart, DateFormat dateFormat) {

    /** Loads the decree layout {@code id}, for example {@code harpege/arretes}. */
    public static DecreeLayout load(String overrideDir, String id) {
        if (overrideDir != null && !overrideDir.isBlank()) {
            Path file = Path.of(overrideDir).resolve(id).resolve("layout.yaml");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(id, file.toString(), in);
                } catch (IOException e) {
                    throw new LayoutException("Cannot read layout " + file + ": " + e.getMessage(), e);
                }
            }
        }
        String resource = "layouts/" + id + "/layout.yaml";
        try (InputStream in = DecreeLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LayoutException("Layout " + id + " not found: no " + resource + " on the class path");
            }
            return parse(id, "classpath:" + resource, in);
        } catch (IOException e) {
            throw new LayoutException("Cannot read layout " + resource + ": " + e.getMessage(), e);
        }
    }

    static DecreeLayout parse(String id, String source, InputStream in) throws IOException {
        Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (map == null) {
            throw new LayoutException("Layout " + source + " is empty");
        }
        String regex = String.valueOf(map.get("decree-start"));
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new LayoutException("Layout " + source + ": decree-start is not a valid regular expression: "
                    + e.getDescription(), e);
        }
        for (String group : new String[] {"number", "agent", "kind", "date"}) {
            if (!regex.contains("(?<" + group + ">")) {
                throw new LayoutException("Layout " + source + ": decree-start must have a named group (?<" + group
                        + ">...)");
            }
        }
        return new DecreeLayout(id, source, Charset.forName(String.valueOf(map.getOrDefault("encoding", "UTF-8"))),
                pattern, DateFormat.of(String.valueOf(map.getOrDefault("date-format", "dd/MM/yyyy"))));
    }
}
