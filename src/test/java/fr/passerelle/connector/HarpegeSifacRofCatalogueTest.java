package fr.passerelle.connector;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the Harpège, SIFAC and ROF catalogue rows against the operations the Amue product note lists
 * ("Ouverture des produits Amue": product, service contract, operation, direction, data) and against the WSDLs.
 */
class HarpegeSifacRofCatalogueTest {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final List<String> COLUMNS = List.of("product", "contract", "operation", "note_name", "direction",
            "data", "endpoint_property", "wsdl", "kind");
    private static final Map<String, String> DIRECTIONS = Map.of("Sortant", "outgoing", "Entrant", "incoming");

    @Test
    void everyNoteOperationHasACatalogueRow() throws IOException {
        List<String[]> note = read("/catalogue/amue-note-harpege-sifac-rof.tsv");
        List<String[]> catalogue = catalogueRows();
        List<String> missing = new ArrayList<>();

        for (String[] operation : note) {
            boolean found = catalogue.stream().anyMatch(row -> row[0].equalsIgnoreCase(operation[0])
                    && (row[2].equals(operation[2]) || row[3].equals(operation[2]))
                    && row[4].equals(DIRECTIONS.get(operation[3])));
            if (!found) {
                missing.add(operation[0] + " " + operation[2] + " (" + operation[3] + ")");
            }
        }

        assertThat(note).hasSize(48);
        assertThat(missing).as("note operations without a catalogue row").isEmpty();
    }

    @Test
    void catalogueHasOneRowPerNoteOperation() throws IOException {
        List<String[]> note = read("/catalogue/amue-note-harpege-sifac-rof.tsv");
        List<String[]> catalogue = catalogueRows();

        for (String product : List.of("Harpege", "Sifac", "Rof")) {
            long inNote = note.stream().filter(row -> row[0].equals(product)).count();
            long inCatalogue = catalogue.stream().filter(row -> row[0].equals(product)).count();
            assertThat(inCatalogue).as("catalogue rows of %s", product).isEqualTo(inNote);
        }
        Set<String> keys = new HashSet<>();
        catalogue.forEach(row -> assertThat(keys.add(row[0] + "/" + row[1] + "/" + row[2]))
                .as("row %s %s %s is unique", row[0], row[1], row[2]).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"harpege", "sifac", "rof"})
    void rowsPointAtTheirContract(String product) throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }

        for (String[] row : read("/catalogue/" + product + ".tsv")) {
            String where = product + ".tsv " + row[2];
            assertThat(row).as(where).hasSize(COLUMNS.size());
            assertThat(row[0].toLowerCase(Locale.ROOT)).as(where).isEqualTo(product);
            assertThat(row[4]).as(where).isIn("outgoing", "incoming");
            assertThat(row[5]).as(where).isNotBlank();
            assertThat(row[8]).as(where).isEqualTo("ws");
            assertThat(row[6]).as(where).matches(product + "\\.[a-z]+(-[a-z]+)*\\.address");
            assertThat(settings.getProperty(row[6])).as("%s: %s in application.properties", where, row[6])
                    .isNotBlank();
            Path wsdl = Path.of(row[7]);
            assertThat(wsdl).as(where).exists();
            Document contract = parse(wsdl);
            assertThat(names(contract, "operation")).as("%s: operation in %s", where, wsdl).contains(row[2]);
            assertThat(names(contract, "port")).as("%s: contract names the port of %s", where, wsdl)
                    .contains(product.equals("sifac") ? row[1] + "SoapBinding" : row[1]);
        }
    }

    private static List<String[]> catalogueRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String product : List.of("harpege", "sifac", "rof")) {
            rows.addAll(read("/catalogue/" + product + ".tsv"));
        }
        return rows;
    }

    /** Reads a TSV resource without its header line. */
    private static List<String[]> read(String resource) throws IOException {
        try (InputStream in = HarpegeSifacRofCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        }
    }

    private static Document parse(Path wsdl) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(
                Files.readString(wsdl, StandardCharsets.UTF_8))));
    }

    private static Set<String> names(Document wsdl, String element) {
        Set<String> names = new HashSet<>();
        NodeList nodes = wsdl.getElementsByTagNameNS(WSDL, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        return names;
    }
}
