package fr.passerelle.connector;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the connector catalogue against the Amue product note: every web-service operation and every file exchange
 * of the note has its row, with the same direction.
 *
 * <p>The note's lists are copied under src/test/resources/catalogue/ (product-note-connectors.tsv: product, service
 * contract, operation, Sortant or Entrant, data; product-note-files.tsv: product, exchange, direction, format, notes).
 */
class CatalogueCoverageTest {

    private final List<Connector> catalogue = Catalogue.load().connectors();

    @Test
    void everyNoteOperationHasCatalogueRow() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String[]> note = read("catalogue/product-note-connectors.tsv");
        for (String[] row : note) {
            String product = row[0];
            String operation = row[2].trim();
            String direction = direction(row[3]);
            boolean found = catalogue.stream().anyMatch(connector -> "ws".equals(connector.kind())
                    && connector.product().equalsIgnoreCase(product)
                    && (connector.operation().equals(operation) || connector.noteName().equals(operation))
                    && connector.direction().equals(direction));
            if (!found) {
                missing.add(product + " " + row[1] + " " + operation + " (" + direction + ")");
            }
        }
        assertThat(note).hasSize(149);
        assertThat(missing).as("operations of the product note without a catalogue row").isEmpty();
    }

    @Test
    void everyNoteFileExchangeHasCatalogueRow() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String[] row : read("catalogue/product-note-files.tsv")) {
            String product = row[0];
            String exchange = row[1].trim();
            boolean found = catalogue.stream().anyMatch(connector -> connector.product().equalsIgnoreCase(product)
                    && (connector.noteName().equals(exchange) || connector.operation().equals(exchange)));
            if (!found) {
                missing.add(product + " " + exchange);
            }
        }
        assertThat(missing).as("file exchanges of the product note without a catalogue row").isEmpty();
    }

    @Test
    void catalogueRowsAreComplete() {
        assertThat(catalogue).isNotEmpty();
        for (Connector connector : catalogue) {
            String row = connector.product() + " " + connector.operation();
            assertThat(connector.kind()).as(row).isIn("ws", "file");
            assertThat(connector.direction()).as(row).isIn("outgoing", "incoming", "both");
            assertThat(connector.endpointProperty()).as(row).isNotBlank();
            assertThat(connector.location()).as(row).isNotBlank();
        }
        Map<String, Long> duplicates = catalogue.stream()
                .filter(connector -> "ws".equals(connector.kind()))
                .collect(Collectors.groupingBy(connector -> (connector.product() + "/" + connector.contract() + "/"
                        + connector.operation()).toLowerCase(Locale.ROOT), Collectors.counting()));
        duplicates.values().removeIf(count -> count == 1);
        assertThat(duplicates).as("operations listed twice").isEmpty();
    }

    private static String direction(String noteDirection) {
        return switch (noteDirection.trim()) {
            case "Sortant" -> "outgoing";
            case "Entrant" -> "incoming";
            default -> throw new IllegalArgumentException("Unknown direction in the product note: " + noteDirection);
        };
    }

    private static List<String[]> read(String resource) throws IOException {
        try (InputStream in = CatalogueCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank()).toList();
            return lines.stream().map(line -> line.split("\t", -1)).toList();
        }
    }
}
