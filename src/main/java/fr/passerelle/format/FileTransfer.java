package fr.passerelle.format;

import fr.passerelle.store.FileSeenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves one dropped file to an outbox: reads it with the input layout, checks and converts every record to the output
 * layout, writes the output under a temporary name, and publishes it once the file is known good and new.
 *
 * <p>One pass over the file does everything, so memory stays flat and the SHA-256 used to recognise a file dropped
 * twice costs no second read: a duplicate is only known at the end, and its output is then discarded unpublished.
 * When a bad byte or a broken quote stops the reading early, the rest of the file goes through the hash for the
 * report. Parsing runs on a second thread ({@link PrefetchedRecords}), checking and writing on the caller's.
 */
public class FileTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(FileTransfer.class);

    /**
     * One file to move.
     *
     * @param flow         flow name, for logs and the duplicate check
     * @param file         the input file in the inbox
     * @param inputLayout  layout id of the input file
     * @param outputLayout layout id of the output file
     * @param policy       what to do with bad records
     * @param outbox       folder of the output file
     * @param archiveName  name the input file gets in {@code .done/} or {@code .error/} beside it; a report is this
     *                     name plus {@code .report.txt} in {@code .error/}
     */
    public record Request(String flow, Path file, String inputLayout, String outputLayout, Policy policy, Path outbox,
                          String archiveName) {
    }

    private final LayoutLoader layouts;
    private final FileSeenStore seen;

    public FileTransfer(LayoutLoader layouts, FileSeenStore seen) {
        this.layouts = layouts;
        this.seen = seen;
    }

    /** Moves one file and returns its outcome, which decides where the input file is archived. */
    public TransferResult transfer(Request request) throws IOException {
        return transfer(request, List.of());
    }

    /**
     * Moves one file, reading the lines in {@code badLines} as empty and reporting them as rejected: under pass-good,
     * the second try of a file some of whose lines hold bytes invalid in its encoding.
     */
    private TransferResult transfer(Request request, List<InvalidByteLines.BadLine> badLines) throws IOException {
        Layout input = layouts.load(request.inputLayout());
        Layout output = layouts.load(request.outputLayout());
        String fileName = request.file().getFileName().toString();
        String exchangeId = request.flow() + ":" + request.inputLayout();
        Path errorFolder = errorFolderOf(request);
        long size = Files.size(request.file());
        long startedAt = System.nanoTime();
        Counts counts = new Counts();
        counts.read = badLines.size();
        counts.rejected = badLines.size();
        MessageDigest digest = sha256();
        try (FileReport report = new FileReport(errorFolder)) {
            for (InvalidByteLines.BadLine line : badLines) {
                report.add(new FieldError(line.line(), "-", "", "encoding",
                        InvalidByteLines.describe(line, input.charset())));
            }
            // A file without a header line is empty when there is nothing to send; with one, 0 bytes means it is cut.
            if (size == 0 && input.header()) {
                report.addFileError(0, "empty", "the file is empty (0 bytes); if there is nothing to send, drop a file"
                        + (input.header() ? " with the header line only" : " anyway once the extraction is complete"));
                return finish(request, input, output, report, TransferOutcome.REJECTED, 0, 0, 0, null,
                        HexFormat.of().formatHex(digest.digest()));
            }
            RecordSink sink = FileSinks.open(output, request.outbox(), outputName(fileName, output));
            String sha;
            try (InputStream file = new DigestInputStream(new BufferedInputStream(Files.newInputStream(request.file()),
                    64 * 1024), digest)) {
                try (RecordSource source = RecordSource.open(input, StrictDecodingReader.open(
                        unclosed(InvalidByteLines.emptying(file, badLines)), input.charset()))) {
                    // The header is read here, before the prefetching thread takes the source over.
                    RecordConverter converter = new RecordConverter(input, output, source.header());
                    convertRecords(source, converter, sink, report, request, counts);
                } catch (EncodingException e) {
                    sink.abort();
                    List<InvalidByteLines.BadLine> bad = request.policy() == Policy.PASS_GOOD && badLines.isEmpty()
                            ? InvalidByteLines.find(request.file(), input.charset(), input.header()) : null;
                    if (bad != null && !bad.isEmpty()) {
                        return transfer(request, bad);
                    }
                    long line = lineAt(request.file(), e.byteOffset());
                    report.addFileError(line, "encoding", "line " + line + ": " + e.getMessage()
                            + "; the whole file is rejected because its encoding is wrong");
                    return finish(request, input, output, report, TransferOutcome.REJECTED, counts.read, 0,
                            counts.read, null, hashRest(file, digest));
                } catch (FileFormatException e) {
                    sink.abort();
                    report.addFileError(e.line(), e.rule(), e.getMessage());
                    return finish(request, input, output, report, TransferOutcome.REJECTED, counts.read, 0,
                            counts.read, null, hashRest(file, digest));
                } catch (IOException | RuntimeException e) {
                    sink.abort();
                    throw e;
                }
                // Reading stopped at the end of the file, so this only completes the hash.
                sha = hashRest(file, digest);
            }
            long read = counts.read;
            long delivered = counts.delivered;
            long rejected = counts.rejected;
            if (!counts.writing || delivered == 0 && rejected > 0) {
                sink.abort();
                return finish(request, input, output, report, TransferOutcome.REJECTED, read, 0, rejected, null, sha);
            }
            String claim = seenKey(sha, fileName, delivered + rejected);
            if (!seen.claim(exchangeId, claim, fileName, size, delivered, rejected)) {
                sink.abort();
                Optional<FileSeenStore.SeenFile> first = seen.find(exchangeId, claim);
                String earlier = first.map(f -> f.fileName() + " received at " + f.seenAt()
                        + (f.deliveredAs() == null ? "" : " and delivered as " + f.deliveredAs())).orElse("an earlier file");
                report.addFileError(0, "duplicate", (read == 0 ? "this file, with no record, was already received"
                        + " under the same name and content (SHA-256 " + sha + "): "
                        : "the same content (SHA-256 " + sha + ") was already delivered: ")
                        + earlier + "; nothing was sent again");
                return finish(request, input, output, report, TransferOutcome.DUPLICATE, read, 0, 0, null, sha);
            }
            String deliveredAs;
            try {
                deliveredAs = sink.commit();
            } catch (IOException | RuntimeException e) {
                seen.release(exchangeId, claim);
                throw e;
            }
            seen.deliveredAs(exchangeId, claim, deliveredAs);
            LOG.info("Flow {}: file {} delivered to {} as {} ({} records, {} rejected, {} ms)", request.flow(), fileName,
                    request.outbox(), deliveredAs, delivered, rejected, (System.nanoTime() - startedAt) / 1_000_000);
            TransferOutcome outcome = rejected == 0 ? TransferOutcome.DELIVERED : TransferOutcome.PARTLY_DELIVERED;
            return finish(request, input, output, report, outcome, read, delivered, rejected, deliveredAs, sha);
        }
    }

    /** Records of one file read, delivered and rejected so far, and whether its output is still being written. */
    private static final class Counts {
        long read;
        long delivered;
        long rejected;
        boolean writing = true;
    }

    /**
     * Converts every record of {@code source} and writes the good ones to {@code sink}, adding the broken rules to
     * {@code report}; under the reject-file policy the first bad record aborts the sink, and the rest are still
     * checked so that the report lists them all.
     */
    private static void convertRecords(RecordSource source, RecordConverter converter, RecordSink sink,
                                       FileReport report, Request request, Counts counts) throws IOException {
        OutputRecord values = new OutputRecord(converter.output().fields().size());
        List<FieldError> errors = new ArrayList<>();
        try (PrefetchedRecords records = new PrefetchedRecords(source, request.file().getFileName().toString())) {
            RecordBatch batch;
            while ((batch = records.take()) != null) {
                for (int i = 0; i < batch.size(); i++) {
                    counts.read++;
                    errors.clear();
                    if (!converter.convert(batch, i, errors, values)) {
                        counts.rejected++;
                        for (FieldError error : errors) {
                            report.add(error);
                        }
                        if (request.policy() == Policy.REJECT_FILE && counts.writing) {
                            counts.writing = false;
                            sink.abort();
                        }
                    } else if (counts.writing) {
                        sink.write(values);
                        counts.delivered++;
                    }
                }
                records.release(batch);
            }
        }
    }

    private TransferResult finish(Request request, Layout input, Layout output, FileReport report,
                                  TransferOutcome outcome, long read, long delivered, long rejected, String deliveredAs,
                                  String sha) throws IOException {
        if (outcome == TransferOutcome.DELIVERED) {
            return new TransferResult(outcome, read, delivered, rejected, deliveredAs, null);
        }
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("file", request.file().getFileName().toString());
        summary.put("archived as", ".error/" + request.archiveName());
        summary.put("flow", request.flow());
        summary.put("input layout", input.id() + " (" + input.source() + ")");
        summary.put("output layout", output.id() + " (" + output.source() + ")");
        summary.put("policy", request.policy().label());
        summary.put("sha256", sha);
        summary.put("processed at", Instant.now().toString());
        summary.put("outcome", switch (outcome) {
            case PARTLY_DELIVERED -> "partly delivered: the good records were delivered, the rejected ones are listed below";
            case DUPLICATE -> "duplicate: nothing was sent again";
            default -> "rejected: nothing was delivered";
        });
        summary.put("records", read + " read, " + delivered + " delivered, " + rejected + " rejected");
        if (deliveredAs != null) {
            summary.put("delivered as", request.outbox().resolve(deliveredAs).toString());
        }
        summary.put("action", switch (outcome) {
            case PARTLY_DELIVERED -> "mend the rejected records and drop a file holding only those records";
            case DUPLICATE -> "nothing to do if the file was dropped twice by mistake; to send it again on purpose,"
                    + " delete its row from table file_seen and drop it again";
            default -> report.errorCount() > 0 && read > 0
                    ? "mend the records listed below and drop the whole file again"
                    : "mend the file as said below and drop it again";
        });
        Path reportFile = report.write(errorFolderOf(request).resolve(request.archiveName() + ".report.txt"), summary);
        LOG.warn("Flow {}: file {} {} ({} read, {} delivered, {} rejected); report {}", request.flow(),
                request.file().getFileName(), outcome.name().toLowerCase().replace('_', ' '), read, delivered, rejected,
                reportFile);
        return new TransferResult(outcome, read, delivered, rejected, deliveredAs, reportFile);
    }

    private static Path errorFolderOf(Request request) throws IOException {
        Path folder = request.file().toAbsolutePath().getParent().resolve(".error");
        Files.createDirectories(folder);
        return folder;
    }

    private static String outputName(String inputName, Layout output) {
        String extension = output.outputExtension();
        if (extension == null) {
            return inputName;
        }
        int dot = inputName.lastIndexOf('.');
        return (dot > 0 ? inputName.substring(0, dot) : inputName) + extension;
    }

    /**
     * Reads what is left of {@code in} through the digest it updates and returns the hash of the whole file, so that a
     * file whose reading stopped early is still hashed in one pass.
     */
    private static String hashRest(InputStream in, MessageDigest digest) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Returns a view of {@code in} that the decoding reader cannot close, so the rest can still be hashed. */
    private static InputStream unclosed(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the file once its hash is complete
            }
        };
    }

    /** Hashes the whole file. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Returns the line (1-based) that contains the byte at {@code offset}, by counting line feeds before it. */
    public static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            long position = 0;
            while (position < offset) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - position));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                    }
                }
                position += n;
            }
        }
        return line;
    }

    /**
     * Returns the key of a file in table file_seen: the SHA-256 of its content. A file without records (empty, or a
     * header line only) has the same content every time, so its key is the SHA-256 of that hash and the file's name.
     */
    static String seenKey(String contentSha, String fileName, long records) {
        if (records > 0) {
            return contentSha;
        }
        MessageDigest digest = sha256();
        digest.update((contentSha + "/" + fileName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
