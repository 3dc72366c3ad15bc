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

/** Reads and writes the SIHAM sample data (agents, organisational units, nomenclatures) as JSON. */
public final class SihamSamples {

    /** Folder of the SIHAM sample data, relative to the project folder. */
    public static final Path DEFAULT_FOLDER = Path.of("samples", "siham");
    /** Location of the sample agents, relative to the project folder. */
    public static final Path DEFAULT_FILE = DEFAULT_FOLDER.resolve("agents.json");
    public static final String STRUCTURES_FILE = "structures.json";
    public static final String NOMENCLATURES_FILE = "nomenclatures.json";

    private static final ObjectMapper MAPPER = CanonicalJson.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SihamSamples() {
    }

    public static List<SihamSampleAgent> read(Path file) {
        return read(file, new TypeReference<>() { });
    }

    public static List<SihamSampleStructure> readStructures(Path file) {
        return read(file, new TypeReference<>() { });
    }

    public static List<SihamSampleNomenclature> readNomenclatures(Path file) {
        return read(file, new TypeReference<>() { });
    }

    /** Writes a list of sample records as indented JSON, with sorted properties and without empty values. */
    public static String toJson(List<?> records) {
        try {
            return MAPPER.writeValueAsString(records) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SIHAM sample data as JSON", e);
        }
    }

    public static void write(List<?> records, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, toJson(records), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the SIHAM sample data to " + file, e);
        }
    }

    /** Converts a contract object to the type of the same name and shape in another service's package. */
    public static <T> T convert(Object value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }

    private static <T> List<T> read(Path file, TypeReference<List<T>> type) {
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SIHAM sample data from " + file + ": " + e.getMessage()
                    + "; regenerate it with SihamSampleGenerator", e);
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
