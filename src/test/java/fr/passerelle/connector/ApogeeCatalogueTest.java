package fr.passerelle.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import jakarta.jws.WebMethod;

import org.junit.jupiter.api.Test;

/** The Apogée connector catalogue against the Amue product note and the generated contracts. */
class ApogeeCatalogueTest {

    private static List<String[]> read(String resource) throws IOException {
        try (InputStream in = ApogeeCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }

    /** Contract name of a French label of the note: "Couverture Sociale" is CouvertureSocialeMetier. */
    private static String contract(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder name = new StringBuilder();
        for (String word : ascii.split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name + "Metier";
    }

    @Test
    void everyNoteOperationHasCatalogueRow() throws IOException {
        List<String[]> catalogue = read("/catalogue/apogee.tsv").subList(1, 70);
        List<String[]> note = read("/catalogue/apogee-product-note.tsv");
        assertThat(note).hasSize(69);
        for (String[] row : note) {
            String operation = row[2];
            assertThat(catalogue)
                    .as("catalogue row for %s %s", row[1], operation)
                    .anySatisfy(c -> {
                        assertThat(c[1]).isEqualTo(contract(row[1]));
                        assertThat(c[3].isEmpty() ? c[2] : c[3]).isEqualTo(operation);
                        assertThat(c[4]).isEqualTo(row[3].equals("Sortant") ? "outgoing" : "incoming");
                    });
        }
    }

    @Test
    void catalogueRowsMatchContracts() throws IOException {
        List<String[]> rows = read("/catalogue/apogee.tsv");
        assertThat(rows.get(0)).containsExactly("product", "contract", "operation", "note_name", "direction", "data",
                "endpoint_property", "wsdl", "kind");
        for (String[] row : rows.subList(1, rows.size())) {
            ApogeeContract contract = ApogeeContract.byName(row[1]).orElseThrow();
            List<String> operations = Arrays.stream(contract.serviceInterface().getMethods())
                    .map(m -> m.getAnnotation(WebMethod.class))
                    .map(w -> w == null ? "" : w.operationName())
                    .toList();
            List<String> methodNames = Arrays.stream(contract.serviceInterface().getMethods())
                    .map(m -> m.getName()).toList();
            assertThat(operations.contains(row[2]) || methodNames.contains(row[2]))
                    .as("operation %s in %s", row[2], contract.contractName()).isTrue();
            assertThat(row[0]).isEqualTo("Apogee");
            assertThat(row[6]).isEqualTo(contract.endpointProperty());
            assertThat(row[7]).isEqualTo(contract.wsdlPath());
            assertThat(row[8]).isEqualTo("ws");
            assertThat(ApogeeCatalogueTest.class.getResource("/wsdl/" + row[7])).as(row[7]).isNotNull();
        }
    }
}
