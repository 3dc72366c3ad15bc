package fr.passerelle.simulator.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGeneratorTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final List<String> PRODUCTS = List.of("harpege", "sifac", "rof");

    @Test
    void committedSamplesAreUpToDate(@TempDir Path dir) throws IOException {
        SampleGenerator.write(dir);

        for (String product : PRODUCTS) {
            for (Path file : files(dir.resolve(product))) {
                Path committed = SAMPLES.resolve(product).resolve(file);
                assertThat(committed).as("%s/%s is committed; run SampleGenerator samples", product, file).exists();
                assertThat(Files.readString(committed))
                        .as("%s/%s is what the generator writes; run SampleGenerator samples", product, file)
                        .isEqualTo(Files.readString(dir.resolve(product).resolve(file)));
            }
        }
    }

    @Test
    void generatorFoldersHaveNoStaleSamples(@TempDir Path dir) throws IOException {
        SampleGenerator.write(dir);

        // The product folders also contain file-exchange samples; only the service folders belong to the generator.
        for (String folder : List.of("harpege/dossierRhPersonnel", "harpege/dossierRhAdministratif",
                "harpege/referentielGeographique", "harpege/referentielRH", "rof/cdmfr")) {
            assertThat(files(SAMPLES.resolve(folder))).as("files of samples/%s", folder)
                    .containsExactlyElementsOf(files(dir.resolve(folder)));
        }
    }

    @Test
    void twoRunsWriteTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        SampleGenerator.write(first);
        SampleGenerator.write(second);

        List<Path> files = files(first);
        assertThat(files).hasSizeGreaterThan(40).containsExactlyElementsOf(files(second));
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void identifiersCarryValidCheckDigits() {
        for (Establishment.Agent agent : Establishment.AGENTS) {
            String nir = agent.nir();
            long key = 97 - Long.parseLong(nir.substring(0, 13)) % 97;
            assertThat(nir).as("NIR of %s", agent.individualNumber()).hasSize(15);
            assertThat(Integer.parseInt(nir.substring(13))).as("NIR key of %s", agent.individualNumber())
                    .isEqualTo((int) key);
            assertThat(ibanRemainder(agent.iban())).as("IBAN check of %s", agent.individualNumber()).isEqualTo(1);
        }
    }

    private static int ibanRemainder(String iban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
