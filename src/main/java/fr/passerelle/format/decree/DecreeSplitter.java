package fr.passerelle.format.decree;

import fr.passerelle.format.FieldError;
import fr.passerelle.format.Policy;
import fr.passerelle.format.StrictDecodingReader;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Splits a text export of decrees (arrêtés) into one UTF-8 document per decree and an index, line by line, so memory
 * contains one line at a time (and the set of decree numbers seen, to catch duplicates).
 *
 * <p>A decree starts at a line that matches the layout's {@code decree-start} pattern and runs to the next one; form
 * feeds between printed pages are dropped. The index {@code index.csv} has one line per decree: number, agent, kind,
 * date (ISO), document name and its number of lines.
 */
public final class DecreeSplitter {

    /** Counts of one split. */
    public record Result(long decrees, long written, long rejected) {
    }

    private final DecreeLayout layout;

    public DecreeSplitter(DecreeLayout layout) {
        this.layout = layout;
    }

    /**
     * Splits {@code file} into {@code folder}, which must be new and empty.
     *
     * @param errors receives every broken rule; under reject-file the caller discards the folder when there is one
     */
    public Result split(Path file, Path folder, Policy policy, Consumer<FieldError> errors) throws IOException {
        Files.createDirectories(folder);
        Set<String> numbers = new HashSet<>();
        long decrees = 0;
        long written = 0;
        long rejected = 0;
        long strayStart = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             BufferedReader lines = new BufferedReader(StrictDecodingReader.open(in, layout.charset()), 64 * 1024);
             Writer index = Files.newBufferedWriter(folder.resolve("index.csv"), StandardCharsets.UTF_8)) {
            index.write("numero;agent;nature;date;document;lignes\n");
            Writer document = null;
            String[] entry = null;
            long documentLines = 0;
            long lineNumber = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                line = line.replace("\f", "");
                Matcher start = layout.decreeStart().matcher(line);
                if (start.matches()) {
                    if (document != null) {
                        document.close();
                        index.write(String.join(";", entry) + ";" + documentLines + "\n");
                    }
                    document = null;
                    decrees++;
                    String number = start.group("number").strip();
                    String agent = start.group("agent").strip();
                    String kind = start.group("kind").strip();
                    String date = start.group("date").strip();
                    long packed = layout.dateFormat().parse(date);
                    boolean valid = true;
                    if (packed < 0) {
                        errors.accept(new FieldError(lineNumber, "date", date, "date", "invalid decree date; expected "
                                + layout.dateFormat().pattern()));
                        valid = false;
                    }
                    if (!number.matches("[0-9A-Za-z._-]+")) {
                        errors.accept(new FieldError(lineNumber, "number", number, "pattern", "decree number must be"
                                + " letters, digits, '.', '_' or '-', since it names the document"));
                        valid = false;
                    } else if (!numbers.add(number)) {
                        errors.accept(new FieldError(lineNumber, "number", number, "unique", "decree number appears"
                                + " twice in the file"));
                        valid = false;
                    }
                    if (!valid) {
                        rejected++;
                        continue;
                    }
                    if (policy == Policy.REJECT_FILE && rejected > 0) {
                        continue;
                    }
                    String name = number + ".txt";
                    entry = new String[] {number, agent, csv(kind),
                        fr.passerelle.format.DateFormat.toLocalDate(packed).toString(), name};
                    document = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
                    documentLines = 0;
                    written++;
                } else if (document != null) {
                    document.write(line);
                    document.write('\n');
                    documentLines++;
                } else if (decrees == 0 && !line.isBlank() && strayStart == 0) {
                    strayStart = lineNumber;
                    errors.accept(new FieldError(lineNumber, "-", "", "structure", "text before the first decree"
                            + " header; every decree must start with a line matching " + layout.decreeStart().pattern()));
                }
            }
            if (document != null) {
                document.close();
                index.write(String.join(";", entry) + ";" + documentLines + "\n");
            }
        }
        if (decrees == 0) {
            errors.accept(new FieldError(0, "-", "", "structure", "no decree found: no line matches "
                    + layout.decreeStart().pattern()));
        }
        return new Result(decrees, written, rejected + (strayStart > 0 ? 1 : 0));
    }

    private static String csv(String value) {
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

}
