package fr.passerelle.simulator.apogee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed Apogée samples are exactly what the generator writes. */
class ApogeeSampleGeneratorTest {

    @Test
    void generatorWritesCommittedSamples(@TempDir Path folder) throws Exception {
        List<String> files = ApogeeSampleGenerator.write(folder);
        assertThat(files).hasSizeGreaterThanOrEqualTo(StudentSamples.COUNT);
        assertThat(files.stream().filter(f -> f.startsWith("students/"))).hasSize(StudentSamples.COUNT);
        for (String file : files) {
            assertThat(Files.readString(folder.resolve(file)))
                    .as("samples/apogee/%s is stale: run ApogeeSampleGenerator and commit its output", file)
                    .isEqualTo(Files.readString(Path.of("samples/apogee").resolve(file)));
        }
        assertThat(Files.readString(folder.resolve("index.txt")))
                .isEqualTo(Files.readString(Path.of("samples/apogee/index.txt")));
    }

    @Test
    void samplesLoadEveryStudent() {
        ApogeeSamples samples = ApogeeSamples.load();
        assertThat(samples.all(fr.passerelle.contract.apogee.etudiant.RecupererInfosAdmEtuV4Response.class))
                .hasSize(StudentSamples.COUNT);
    }
}
