package fr.passerelle.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.canonical.CanonicalJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes the SIHAM sample agents as JSON. */
public final class SihamSamples {

    /** Location of the sample agents, relative to the project folder. */
    public static final Path DEFAULT_FILE = Path.of("samples", "siham", "agents.json");

    private static final ObjectMapper MAPPER = CanonicalJson.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SihamSamples() {
    }

    public static List<SihamSampleAgent> read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), new TypeReference<List<SihamSampleAgent>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SIHAM sample agents from " + file + ": " + e.getMessage()
                    + "; regenerate it with SihamSampleGenerator", e);
        }
    }

    public static String toJson(List<SihamSampleAgent> agents) {
        try {
            return MAPPER.writeValueAsString(agents) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SIHAM sample agents as JSON", e);
        }
    }

    public static void write(List<SihamSampleAgent> agents, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, toJson(agents), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SIHAM sample agents to " + file, e);
        }
    }

    /** Returns a deep copy, so that a change to the copy never reaches the original. */
    public static SihamSampleAgent copy(SihamSampleAgent agent) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsBytes(agent), SihamSampleAgent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy SIHAM sample agent " + agent.matricule(), e);
        }
    }
}
