package fr.passerelle.format;

import fr.passerelle.store.FileSeenStore;
import org.apache.camel.Exchange;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bean {@code fileTransfer} that the file-exchange route template calls: it reads the route's settings from
 * exchange properties, runs {@link FileTransfer} on the polled file, and leaves the outcome where the route and the
 * file consumer's {@code move} option read it.
 *
 * <p>Settings read: {@code passerelleFlow}, {@code passerelleInputLayout}, {@code passerelleOutputLayout},
 * {@code passerellePolicy}, {@code passerelleOutbox}, {@code passerelleArchiveName}. Results set: the property
 * {@code passerelleArchive} ({@code .done/<name>} or {@code .error/<name>}) and the headers
 * {@code passerelleOutcome}, {@code passerelleRecordsRead}, {@code passerelleRecordsDelivered},
 * {@code passerelleRecordsRejected} and {@code passerelleDeliveredAs}.
 */
public class FileTransferProcessor {

    private DataSource dataSource;
    private String layoutsDir;
    private volatile FileTransfer transfer;

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sets the folder whose {@code <product>/<exchange>/layout.yaml} files override the shipped layouts. */
    public void setLayoutsDir(String layoutsDir) {
        this.layoutsDir = layoutsDir;
    }

    private FileTransfer transfer() {
        if (transfer == null) {
            if (dataSource == null) {
                throw new IllegalStateException("Bean fileTransfer has no dataSource: bind a DataSource named dataSource");
            }
            transfer = new FileTransfer(new LayoutLoader(layoutsDir), new FileSeenStore(dataSource));
        }
        return transfer;
    }

    /** Moves the polled file to its outbox and records the outcome on the exchange. */
    public void transfer(Exchange exchange) throws IOException {
        FileTransfer.Request request = new FileTransfer.Request(
                property(exchange, "passerelleFlow"),
                Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)),
                property(exchange, "passerelleInputLayout"),
                property(exchange, "passerelleOutputLayout"),
                Policy.of(property(exchange, "passerellePolicy")),
                Path.of(property(exchange, "passerelleOutbox")),
                property(exchange, "passerelleArchiveName"));
        TransferResult result = transfer().transfer(request);
        exchange.setProperty("passerelleArchive", result.outcome().archiveFolder() + "/" + request.archiveName());
        exchange.getMessage().setHeader("passerelleOutcome", result.outcome().name());
        exchange.getMessage().setHeader("passerelleRecordsRead", result.read());
        exchange.getMessage().setHeader("passerelleRecordsDelivered", result.delivered());
        exchange.getMessage().setHeader("passerelleRecordsRejected", result.rejected());
        exchange.getMessage().setHeader("passerelleDeliveredAs", result.deliveredAs());
    }

    /**
     * Writes the report of a file whose processing failed unexpectedly (disk full, database away), before the file
     * consumer moves it to {@code .error/}.
     */
    public void reportFailure(Exchange exchange) throws IOException {
        writeFailureReport(exchange);
    }

    static void writeFailureReport(Exchange exchange) throws IOException {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        String archiveName = property(exchange, "passerelleArchiveName");
        Path folder = file.toAbsolutePath().getParent().resolve(".error");
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("file", file.getFileName().toString());
        summary.put("archived as", ".error/" + archiveName);
        summary.put("flow", property(exchange, "passerelleFlow"));
        summary.put("processed at", Instant.now().toString());
        summary.put("outcome", "failed: no output file was published, but records already sent to the broker, if"
                + " any, stay sent");
        summary.put("cause", cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        summary.put("action", "fix the cause, then move the file from .error back to the inbox folder");
        try (FileReport report = new FileReport(folder)) {
            report.addFileError(0, "failure", cause == null ? "processing failed" : String.valueOf(cause.getMessage()));
            report.write(folder.resolve(archiveName + ".report.txt"), summary);
        }
    }

    private static String property(Exchange exchange, String name) {
        String value = exchange.getProperty(name, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Exchange property " + name + " is not set; the route must set it before"
                    + " calling bean fileTransfer");
        }
        return value;
    }
}
