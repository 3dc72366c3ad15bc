package fr.passerelle.simulator.samples;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the sample data of the Harpège, SIFAC and ROF simulators under a samples folder, the same bytes on every
 * run.
 *
 * <p>Run it after changing the fictitious establishment or a contract:
 * {@code java -cp "target/passerelle.jar:target/lib/*" fr.passerelle.simulator.samples.SampleGenerator samples}.
 */
public final class SampleGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);

    private SampleGenerator() {
    }

    /** Writes {@code <root>/harpege}, {@code <root>/sifac} and {@code <root>/rof}, replacing files of the same name. */
    public static void write(Path root) throws IOException {
        HarpegeSamples.write(root.resolve("harpege"));
        SifacSamples.write(root.resolve("sifac"));
        RofSamples.write(root.resolve("rof"));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: SampleGenerator <samples folder>, for example samples");
        }
        Path root = Path.of(args[0]);
        write(root);
        LOG.info("Wrote the Harpège, SIFAC and ROF samples under {}", root.toAbsolutePath());
    }
}
