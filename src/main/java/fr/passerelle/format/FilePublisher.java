package fr.passerelle.format;

import fr.passerelle.store.FileSeenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Publishes the canonical records of one dropped file, in two streaming passes so memory stays flat.
 *
 * <p>The first pass checks every record and writes the report; it decides, with the exchange's policy and the file's
 * SHA-256, whether anything is published. The second pass reads the file again and hands the good records to the
 * route one at a time, which sends them to the broker. Under reject-file a single bad record means nothing is sent.
 */
public class FilePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(FilePublisher.class);

    /** Opens a fresh reader over the file; called once per pass. */
    public interface ReaderFactory {
        CanonicalRecordReader open(Path file) throws IOException;

        /**
         * Opens a reader that reads the given lines as empty lines; only readers of line-based files, which have a
         * {@link #layout()}, support a non-empty list.
         */
        default CanonicalRecordReader open(Path file, List<InvalidByteLines.BadLine> emptied) throws IOException {
            if (!emptied.isEmpty()) {
                throw new UnsupportedOperationException("this reader cannot leave lines out");
            }
            return open(file);
        }

        /** Returns the layout of a line-based file, or null for a file read otherwise (XML). */
        default Layout layout() {
            return null;
        }
    }

    /**
     * Decision of the first pass.
     *
     * @param outcome   the file's outcome if publishing succeeds
     * @param read      records read
     * @param good      records to publish
     * @param rejected  records kept back
     * @param report    report written beside the archived file, or null
     * @param sha256    key claimed in file_seen: the content hash, or for a file without records that hash with the
     *                  file's name
     * @param exchangeId key of the exchange in file_seen: the flow and the inbox folder
     * @param emptied   lines left out of both passes for their bytes invalid in the encoding, under pass-good
     */
    public record Decision(TransferOutcome outcome, long read, long good, long rejected, Path report, String sha256,
                           String exchangeId, List<InvalidByteLines.BadLine> emptied) {

        public boolean publishes() {
            return good > 0 && (outcome == TransferOutcome.DELIVERED || outcome == TransferOutcome.PARTLY_DELIVERED);
        }
    }

    private final FileSeenStore seen;

    public FilePublisher(FileSeenStore seen) {
        this.seen = seen;
    }

    /**
     * First pass: checks the whole file, writes the report, and claims the content in file_seen unless the file is
     * rejected, a file without records included, so that the same file dropped again is reported as a duplicate.
     */
    public Decision check(String flow, Path file, ReaderFactory readers, Policy policy, String archiveName)
            throws IOException {
        return check(flow, file, readers, policy, archiveName, List.of());
    }

    private Decision check(String flow, Path file, ReaderFactory readers, Policy policy, String archiveName,
                           List<InvalidByteLines.BadLine> emptied) throws IOException {
        String fileName = file.getFileName().toString();
        String exchangeId = exchangeId(flow, file);
        Path errorFolder = Files.createDirectories(file.toAbsolutePath().getParent().resolve(".error"));
        String sha = FileTransfer.sha256Of(file);
        Layout layout = readers.layout();
        long read = emptied.size();
        long good = 0;
        long rejected = emptied.size();
        try (FileReport report = new FileReport(errorFolder)) {
            for (InvalidByteLines.BadLine line : emptied) {
                report.add(new FieldError(line.line(), "-", "", "encoding",
                        InvalidByteLines.describe(line, layout.charset())));
            }
            TransferOutcome outcome;
            // A flat file without a header line is empty when there is nothing to send; XML or a header needs bytes.
            if (Files.size(file) == 0 && (layout == null || layout.header())) {
                report.addFileError(0, "empty", "the file is empty (0 bytes)");
                outcome = TransferOutcome.REJECTED;
            } else {
                try (CanonicalRecordReader reader = readers.open(file, emptied)) {
                    CanonicalRecordReader.Item item;
                    while ((item = reader.next()) != null) {
                        read++;
                        if (item.errors().isEmpty()) {
                            good++;
                        } else {
                            rejected++;
                            for (FieldError error : item.errors()) {
                                report.add(error);
                            }
                        }
                    }
                    outcome = rejected == 0 ? TransferOutcome.DELIVERED
                            : policy == Policy.PASS_GOOD && good > 0 ? TransferOutcome.PARTLY_DELIVERED
                            : TransferOutcome.REJECTED;
                } catch (EncodingException e) {
                    List<InvalidByteLines.BadLine> bad = policy == Policy.PASS_GOOD && layout != null
                            && emptied.isEmpty() ? InvalidByteLines.find(file, layout.charset(), layout.header()) : null;
                    if (bad != null && !bad.isEmpty()) {
                        return check(flow, file, readers, policy, archiveName, bad);
                    }
                    long line = FileTransfer.lineAt(file, e.byteOffset());
                    report.addFileError(line, "encoding", "line " + line + ": " + e.getMessage()
                            + "; the whole file is rejected because its encoding is wrong");
                    outcome = TransferOutcome.REJECTED;
                } catch (FileFormatException e) {
                    report.addFileError(e.line(), e.rule(), e.getMessage() + "; the whole file is rejected");
                    outcome = TransferOutcome.REJECTED;
                }
            }
            String claim = FileTransfer.seenKey(sha, fileName, read);
            if (outcome == TransferOutcome.REJECTED) {
                good = 0;
            } else if (!seen.claim(exchangeId, claim, fileName, Files.size(file), good, rejected)) {
                String earlier = seen.find(exchangeId, claim).map(f -> f.fileName() + " received at " + f.seenAt())
                        .orElse("an earlier file");
                report.addFileError(0, "duplicate", (read == 0 ? "this file, with no record, was already received"
                        + " under the same name and content (SHA-256 " + sha + "): "
                        : "the same content (SHA-256 " + sha + ") was already published: ")
                        + earlier + "; nothing was sent again");
                outcome = TransferOutcome.DUPLICATE;
                good = 0;
            }
            Path reportFile = null;
            if (outcome != TransferOutcome.DELIVERED) {
                reportFile = writeReport(report, flow, file, archiveName, policy, sha, outcome, read, good, rejected);
            }
            return new Decision(outcome, read, good, rejected, reportFile, claim, exchangeId, emptied);
        }
    }

    /** Second pass: the good records, in file order, read as the caller asks for them. */
    public Iterator<CanonicalMessage> goodRecords(Path file, ReaderFactory readers, Decision decision)
            throws IOException {
        CanonicalRecordReader reader = readers.open(file, decision.emptied());
        return new Iterator<>() {
            private CanonicalMessage next = advance();

            private CanonicalMessage advance() {
                try {
                    CanonicalRecordReader.Item item;
                    while ((item = reader.next()) != null) {
                        if (item.errors().isEmpty()) {
                            return item.message();
                        }
                    }
                    reader.close();
                    return null;
                } catch (IOException e) {
                    closeQuietly();
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    closeQuietly();
                    throw e;
                }
            }

            private void closeQuietly() {
                try {
                    reader.close();
                } catch (IOException e) {
                    // the first failure is the one reported
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CanonicalMessage next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CanonicalMessage current = next;
                next = advance();
                return current;
            }
        };
    }

    /** Forgets the claim of a file whose publishing failed, so that it can be dropped again. */
    public void release(Decision decision) {
        seen.release(decision.exchangeId(), decision.sha256());
    }

    private static String exchangeId(String flow, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return flow + ":" + folder.getParent().getFileName() + "/" + folder.getFileName();
    }

    private Path writeReport(FileReport report, String flow, Path file, String archiveName, Policy policy, String sha,
                             TransferOutcome outcome, long read, long good, long rejected) throws IOException {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("file", file.getFileName().toString());
        summary.put("archived as", ".error/" + archiveName);
        summary.put("flow", flow);
        summary.put("policy", policy.label());
        summary.put("sha256", sha);
        summary.put("processed at", Instant.now().toString());
        summary.put("outcome", switch (outcome) {
            case PARTLY_DELIVERED -> "partly published: the good records were published, the rejected ones are listed"
                    + " below";
            case DUPLICATE -> "duplicate: nothing was sent again";
            default -> "rejected: nothing was published";
        });
        summary.put("records", read + " read, " + good + " published, " + rejected + " rejected");
        summary.put("action", switch (outcome) {
            case PARTLY_DELIVERED -> "mend the rejected records and drop a file holding only those records";
            case DUPLICATE -> "nothing to do if the file was dropped twice by mistake; to send it again on purpose,"
                    + " delete its row from table file_seen and drop it again";
            default -> "mend the file as said below and drop it again";
        });
        Path target = file.toAbsolutePath().getParent().resolve(".error").resolve(archiveName + ".report.txt");
        report.write(target, summary);
        LOG.warn("Flow {}: file {} {} ({} read, {} to publish, {} rejected); report {}", flow, file.getFileName(),
                outcome.name().toLowerCase().replace('_', ' '), read, good, rejected, target);
        return target;
    }
}
