package fr.passerelle.runtime;

import fr.passerelle.connector.Catalogue;
import fr.passerelle.connector.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code connectors --check} against the simulators of every product: each outgoing operation answers. */
class ConnectorsCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
    }

    @Test
    void everyOutgoingOperationAnswers() {
        int exit = PasserelleCommand.execute("connectors", "--check", "--data-dir", dir.toString());
        String output = out.toString(StandardCharsets.UTF_8);

        List<Connector> outgoing = Catalogue.load().connectors().stream()
                .filter(c -> "ws".equals(c.kind()) && "outgoing".equals(c.direction())).toList();
        assertThat(outgoing).extracting(Connector::product)
                .contains("Apogee", "Rof", "Harpege", "Siham", "Sifac", "Sinchro");
        List<String> lines = output.lines().toList();
        for (Connector connector : outgoing) {
            assertThat(lines).as("check line of %s %s", connector.contract(), connector.operation())
                    .anySatisfy(line -> assertThat(line).startsWith("OK ")
                            .contains(" " + connector.contract() + " ").contains(" " + connector.operation() + " "));
        }
        assertThat(output).doesNotContain("FAILED");
        assertThat(output).contains(outgoing.size() + " operations checked, 0 did not answer");
        assertThat(exit).as(output).isZero();
    }
}
