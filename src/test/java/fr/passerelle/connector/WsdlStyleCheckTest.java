package fr.passerelle.connector;

import fr.passerelle.runtime.ConfigurationException;
import fr.passerelle.runtime.TestRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rejection of WSDLs in rpc/encoded style, alone and at the start of the bus. */
class WsdlStyleCheckTest {

    private static final Path RPC_ENCODED = Path.of("src", "test", "resources", "contracts", "rpc-encoded.wsdl");

    @TempDir
    Path folder;

    @Test
    void rpcEncodedOperationIsReported() {
        List<String> problems = WsdlStyleCheck.check(RPC_ENCODED, "flow test");

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem)
                .contains("rpc-encoded.wsdl").contains("flow test").contains("recupererRegistreFormations")
                .contains("OffreFormationSoapBinding").contains("rpc/encoded"));
    }

    @Test
    void everyProjectWsdlIsLiteral() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("wsdl"))) {
            for (Path wsdl : files.filter(file -> file.toString().endsWith(".wsdl")).toList()) {
                assertThat(WsdlStyleCheck.check(wsdl, "test")).as(wsdl.toString()).isEmpty();
            }
        }
    }

    @Test
    void missingWsdlIsReported() {
        assertThat(WsdlStyleCheck.check(folder.resolve("absent.wsdl"), "property rof.offre-formation.wsdl"))
                .singleElement().asString().contains("absent.wsdl").contains("is missing");
    }

    @Test
    void busRefusesToStartWithRpcEncodedOverride() throws IOException {
        Path routes = folder.resolve("routes");
        Files.createDirectories(routes);
        Files.copy(Path.of("samples", "flows", "rof-courses-to-bus.camel.yaml"),
                routes.resolve("rof-courses-to-bus.camel.yaml"));
        TestRuntime config = TestRuntime.in(folder.resolve("data")).flow("rof-courses-to-bus")
                .with("passerelle.routes-dir", routes.toString())
                .with("rof.mode", "remote")
                .with("rof.offre-formation.address", "http://127.0.0.1:9/rof/services/offreFormation")
                .with("rof.offre-formation.wsdl", RPC_ENCODED.toAbsolutePath().toString());

        assertThatThrownBy(config::start)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("rpc-encoded.wsdl")
                .hasMessageContaining("flow rof-courses-to-bus (rof.offre-formation.address)")
                .hasMessageContaining("rpc/encoded, which this bus does not support");
    }
}
