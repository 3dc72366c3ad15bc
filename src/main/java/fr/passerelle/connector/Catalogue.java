package fr.passerelle.connector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of every connector, read from the TSV files under {@code catalogue/} on the classpath.
 *
 * <p>See {@code catalogue/README.md} for the columns.
 */
public final class Catalogue {

    /** Catalogue files, one per product, and the file exchanges. */
    public static final List<String> FILES = List.of("apogee.tsv", "rof.tsv", "harpege.tsv", "siham.tsv",
            "sifac.tsv", "sinchro.tsv", "files.tsv");

    private static final int COLUMNS = 9;

    private final List<Connector> connectors;

    private Catalogue(List<Connector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    public static Catalogue load() {
        List<Connector> rows = new ArrayList<>();
        for (String file : FILES) {
            String resource = "catalogue/" + file;
            try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    rows.addAll(parse(resource, in));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return new Catalogue(rows);
    }

    static List<Connector> parse(String name, InputStream in) throws IOException {
        List<Connector> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != COLUMNS) {
                throw new IllegalStateException(name + " line " + lineNumber + ": " + fields.length
                        + " columns instead of " + COLUMNS + " (see catalogue/README.md)");
            }
            rows.add(new Connector(fields[0].trim(), fields[1].trim(), fields[2].trim(), fields[3].trim(),
                    fields[4].trim(), fields[5].trim(), fields[6].trim(), fields[7].trim(), fields[8].trim()));
        }
        return rows;
    }

    public List<Connector> connectors() {
        return connectors;
    }
}
