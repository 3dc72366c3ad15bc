package fr.passerelle.format;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report written beside a rejected file: a summary (file, exchange, outcome, counts, what to do), then one
 * tab-separated line per broken rule with the line, field, value, rule and message.
 *
 * <p>Errors are streamed to a scratch file as they are found, so a file with a million bad records keeps memory
 * flat; {@link #write} puts the summary in front once the counts are known. The report is UTF-8.
 */
public final class FileReport implements Closeable {

    public static final String COLUMNS = "line\tfield\tvalue\trule\tmessage";

    private final Path scratch;
    private Writer details;
    private long errorCount;
    private final List<String> fileErrors = new ArrayList<>();

    public FileReport(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.scratch = Files.createTempFile(folder, ".report-", ".tmp");
    }

    /** Adds one broken rule. */
    public void add(FieldError error) throws IOException {
        if (details == null) {
            details = Files.newBufferedWriter(scratch, StandardCharsets.UTF_8);
        }
        details.write(error.line() + "\t" + escape(error.field()) + "\t" + escape(error.value()) + "\t"
                + escape(error.rule()) + "\t" + escape(error.message()) + "\n");
        errorCount++;
    }

    /** Adds a fault of the whole file, shown in the summary and as a detail line. */
    public void addFileError(long line, String rule, String message) throws IOException {
        fileErrors.add(message);
        add(new FieldError(line, "-", "", rule, message));
    }

    public long errorCount() {
        return errorCount;
    }

    /**
     * Writes the report to {@code target}: the summary lines in order, then the details.
     *
     * @param summary keys and values such as {@code file}, {@code outcome}, {@code action}
     */
    public Path write(Path target, Map<String, String> summary) throws IOException {
        if (details != null) {
            details.close();
            details = null;
        }
        Map<String, String> lines = new LinkedHashMap<>(summary);
        if (!fileErrors.isEmpty()) {
            lines.put("file error", String.join("; ", fileErrors));
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            Writer head = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            head.write("Passerelle file report\n");
            for (Map.Entry<String, String> line : lines.entrySet()) {
                head.write(line.getKey() + ": " + line.getValue().replace('\n', ' ') + "\n");
            }
            head.write("\n" + COLUMNS + "\n");
            head.flush();
            try (InputStream in = Files.newInputStream(scratch)) {
                in.transferTo(out);
            }
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        if (details != null) {
            details.close();
        }
        Files.deleteIfExists(scratch);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
