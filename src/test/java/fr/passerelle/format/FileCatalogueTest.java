package fr.passerelle.format;

import fr.passerelle.connector.Catalogue;
import fr.passerelle.connector.Connector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The file exchanges of the catalogue point at real flows, routes and properties. */
class FileCatalogueTest {

    @Test
    void fileExchangesPointAtFlows() throws IOException {
        Properties properties = new Properties();
        try (var in = FileCatalogueTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        List<Connector> files = Catalogue.load().connectors().stream().filter(c -> c.kind().equals("file")).toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (Connector connector : files) {
            String property = connector.endpointProperty();
            assertThat(properties).as(property).containsKey(property);
            String flow = property.substring("flow.".length(), property.length() - ".enabled".length());
            String routes = Files.readString(Path.of("routes", flow + ".camel.yaml"));
            assertThat(routes).as(connector.operation()).contains(connector.operation());
            assertThat(connector.location()).as(connector.operation()).matches("(inbox|outbox)/[a-z]+/[a-z0-9-]+|queue .+");
        }
    }
}
