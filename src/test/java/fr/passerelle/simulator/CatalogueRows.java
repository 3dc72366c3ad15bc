package fr.passerelle.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test support: the operations of a catalogue file, read from the classpath. */
final class CatalogueRows {

    private CatalogueRows() {
    }

    /** Returns the operation column of {@code catalogue/<product>.tsv}. */
    static List<String> operations(String product) {
        List<String> operations = new ArrayList<>();
        try (InputStream in = CatalogueRows.class.getResourceAsStream("/catalogue/" + product + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("catalogue/" + product + ".tsv is not on the classpath");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    operations.add(lines[i].split("\t", -1)[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }
}
