package fr.passerelle.format.decree;

import fr.passerelle.format.EncodingException;
import fr.passerelle.format.FileReport;
import fr.passerelle.format.FileTransfer;
import fr.passerelle.format.Policy;
import fr.passerelle.format.TransferOutcome;
import fr.passerelle.store.FileSeenStore;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bean {@code decreeArchive}: splits a dropped decree export into one document per decree with an index, in a
 * folder of the outbox named after the file, which appears complete or not at all (written under a hidden name, then
 * renamed).
 *
 * <p>Reads the exchange properties {@code passerelleFlow}, {@code passerelleInputLayout}, {@code passerellePolicy},
 * {@code passerelleOutbox} and {@code passerelleArchiveName}; sets {@code passerelleArchive} and the record-count
 * headers like {@code fileTransfer}, counting decrees as records.
 */
public class DecreeArchiveProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(DecreeArchiveProcessor.class);

    private DataSource dataSource;
    private String layoutsDir;

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setLayoutsDir(String layoutsDir) {
        this.layoutsDir = layoutsDir;
    }

    /** Splits the polled file and records the outcome on the exchange. */
    public void split(Exchange exchange) throws IOException {
        String flow = exchange.getProperty("passerelleFlow", String.class);
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        Policy policy = Policy.of(exchange.getProperty("passerellePolicy", String.class));
        Path outbox = Files.createDirectories(Path.of(exchange.getProperty("passerelleOutbox", String.class)));
        String archiveName = exchange.getProperty("passerelleArchiveName", String.class);
        DecreeLayout layout = DecreeLayout.load(layoutsDir, exchange.getProperty("passerelleInputLayout", String.class));
        String fileName = file.getFileName().toString();
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Path temporary = outbox.resolve("." + base + "." + ProcessHandle.current().pid() + ".tmp");
        Path errorFolder = Files.createDirectories(file.toAbsolutePath().getParent().resolve(".error"));
        String sha = FileTransfer.sha256Of(file);

        FileSeenStore seen = new FileSeenStore(dataSource);
        String exchangeId = flow + ":" + layout.id();
        TransferOutcome outcome;
        DecreeSplitter.Result result = new DecreeSplitter.Result(0, 0, 0);
        String deliveredAs = null;
        try (FileReport report = new FileReport(errorFolder)) {
            try {
                result = new DecreeSplitter(layout).split(file, temporary, policy, error -> {
                    try {
                        report.add(error);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                boolean anyError = report.errorCount() > 0;
                if (result.written() == 0 || anyError && policy == Policy.REJECT_FILE) {
                    outcome = TransferOutcome.REJECTED;
                } else if (!seen.claim(exchangeId, sha, fileName, Files.size(file), result.written(), result.rejected())) {
                    report.addFileError(0, "duplicate", "the same content (SHA-256 " + sha + ") was already split: "
                            + seen.find(exchangeId, sha).map(f -> f.fileName() + " received at " + f.seenAt())
                            .orElse("an earlier file") + "; nothing was written again");
                    outcome = TransferOutcome.DUPLICATE;
                } else {
                    deliveredAs = publish(temporary, outbox, base);
                    seen.deliveredAs(exchangeId, sha, deliveredAs);
                    outcome = anyError ? TransferOutcome.PARTLY_DELIVERED : TransferOutcome.DELIVERED;
                }
            } catch (EncodingException e) {
                long line = FileTransfer.lineAt(file, e.byteOffset());
                report.addFileError(line, "encoding", "line " + line + ": " + e.getMessage()
                        + "; the whole file is rejected because its encoding is wrong");
                outcome = TransferOutcome.REJECTED;
            } finally {
                deleteTree(temporary);
            }

            long written = outcome == TransferOutcome.DELIVERED || outcome == TransferOutcome.PARTLY_DELIVERED
                    ? result.written() : 0;
            if (outcome != TransferOutcome.DELIVERED) {
                writeReport(report, errorFolder.resolve(archiveName + ".report.txt"), fileName, archiveName, flow,
                        layout, policy, sha, outcome, result, written, deliveredAs);
            } else {
                LOG.info("Flow {}: file {} split into {} decrees in {}", flow, fileName, written, outbox.resolve(deliveredAs));
            }

            exchange.setProperty("passerelleArchive", outcome.archiveFolder() + "/" + archiveName);
            exchange.getMessage().setHeader("passerelleRecordsRead", result.decrees());
            exchange.getMessage().setHeader("passerelleRecordsDelivered", written);
            exchange.getMessage().setHeader("passerelleRecordsRejected", result.decrees() - written);
        }
    }

    private static String publish(Path temporary, Path outbox, String base) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            Path target = outbox.resolve(name);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return name;
        }
    }

    private static void writeReport(FileReport report, Path target, String fileName, String archiveName, String flow,
                                    DecreeLayout layout, Policy policy, String sha, TransferOutcome outcome,
                                    DecreeSplitter.Result result, long written, String deliveredAs) throws IOException {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("file", fileName);
        summary.put("archived as", ".error/" + archiveName);
        summary.put("flow", flow);
        summary.put("input layout", layout.id() + " (" + layout.source() + ")");
        summary.put("policy", policy.label());
        summary.put("sha256", sha);
        summary.put("processed at", Instant.now().toString());
        summary.put("outcome", switch (outcome) {
            case PARTLY_DELIVERED -> "partly split: the good decrees were archived, the rejected ones are listed below";
            case DUPLICATE -> "duplicate: nothing was written again";
            default -> "rejected: no decree was archived";
        });
        summary.put("records", result.decrees() + " decrees read, " + written + " archived, "
                + (result.decrees() - written) + " not archived");
        if (deliveredAs != null) {
            summary.put("delivered as", deliveredAs);
        }
        summary.put("action", outcome == TransferOutcome.DUPLICATE
                ? "nothing to do if the file was dropped twice by mistake"
                : "mend the decrees listed below and drop the file again");
        report.write(target, summary);
        LOG.warn("Flow {}: file {} {}; report {}", flow, fileName, outcome.name().toLowerCase().replace('_', ' '), target);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
