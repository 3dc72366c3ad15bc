package fr.passerelle.format;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Streams the records of a file, a batch at a time, so memory stays flat whatever the file's size.
 *
 * <p>Delimited files go through FastCSV, which handles quotes, doubled quotes, separators and line breaks inside
 * quotes, CRLF or LF line ends and a last line without one. Its callback handler copies each value's characters
 * straight from the parser's buffer into a {@link RecordBatch}, so no string is made per value. Fixed-width files are
 * read line by line. Empty lines are skipped. The header line of a delimited file is returned by {@link #header()},
 * not as a record.
 */
public abstract class RecordSource implements Closeable {

    /** Records per batch of {@link #next()}; {@link #fill} callers choose their own batch size. */
    private static final int SINGLE_READ_BATCH = 64;

    private RecordBatch pending;
    private int pendingPosition;

    /** Opens a source for {@code layout} over an already decoding reader. */
    public static RecordSource open(Layout layout, Reader reader) throws IOException {
        if (layout.format() == Layout.Format.XLSX) {
            throw new LayoutException("Layout " + layout.source() + " is an Excel layout, which Passerelle writes but"
                    + " does not read");
        }
        return layout.format() == Layout.Format.FIXED ? new FixedWidth(reader, layout.header())
                : new Delimited(layout, reader);
    }

    /** Returns the header line's labels, or null if the layout has none or the file is empty. */
    public abstract String[] header() throws IOException;

    /**
     * Clears {@code batch} and fills it with the next records until it is full or the file ends.
     *
     * @return false if the file had no record left, true if the batch contains at least one
     */
    public abstract boolean fill(RecordBatch batch) throws IOException;

    /** Returns the next record, or null at the end of the file. */
    public RawRecord next() throws IOException {
        if (pending == null) {
            pending = new RecordBatch(SINGLE_READ_BATCH);
        }
        if (pendingPosition == pending.size()) {
            pendingPosition = 0;
            if (!fill(pending)) {
                pending.clear();
                return null;
            }
        }
        int record = pendingPosition++;
        return new RawRecord(pending.line(record), pending.values(record));
    }

    /** Rethrows an I/O failure hidden in an unchecked exception, such as an invalid byte for the encoding. */
    static IOException unwrap(UncheckedIOException e) {
        return e.getCause();
    }

    private static final class Delimited extends RecordSource {

        private final CsvReader<RecordBatch> csv;
        private final Iterator<RecordBatch> batches;
        private final BatchHandler handler;
        private final boolean hasHeader;
        private String[] header;
        private boolean started;
        private boolean ended;

        Delimited(Layout layout, Reader reader) {
            this.handler = new BatchHandler();
            this.csv = CsvReader.builder()
                    .fieldSeparator(layout.separator())
                    .quoteCharacter(layout.quote())
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .build(handler, reader);
            this.batches = csv.iterator();
            this.hasHeader = layout.header();
        }

        @Override
        public String[] header() throws IOException {
            start();
            return header;
        }

        private void start() throws IOException {
            if (!started) {
                started = true;
                if (hasHeader) {
                    RecordBatch first = new RecordBatch(1);
                    header = read(first) ? first.values(0) : null;
                }
            }
        }

        @Override
        public boolean fill(RecordBatch batch) throws IOException {
            start();
            return read(batch);
        }

        private boolean read(RecordBatch batch) throws IOException {
            batch.clear();
            if (ended) {
                return false;
            }
            handler.target = batch;
            try {
                // The handler returns the batch once it is full, so hasNext() parses a whole batch; at the end of the
                // file it returns false and the batch contains the last records.
                if (batches.hasNext()) {
                    batches.next();
                } else {
                    ended = true;
                }
            } catch (UncheckedIOException e) {
                throw unwrap(e);
            } catch (CsvParseException e) {
                throw new FileFormatException(0, "structure", "the file cannot be read as "
                        + "delimited text: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage()
                        + ")") + "; a quote is probably not closed");
            } finally {
                handler.target = null;
            }
            return !batch.isEmpty();
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /** Copies FastCSV's fields into the current batch and hands the batch over only when it is full. */
    private static final class BatchHandler extends AbstractBaseCsvCallbackHandler<RecordBatch> {

        private RecordBatch target;

        @Override
        protected void handleBegin(long startingLineNumber) {
            target.beginRecord(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            target.addValue(buf, offset, len);
        }

        @Override
        protected RecordBatch buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                // An empty line: FastCSV skips it, and so does the batch.
                target.dropRecord();
                return null;
            }
            target.endRecord();
            return target.isFull() ? target : null;
        }
    }

    private static final class FixedWidth extends RecordSource {

        private final BufferedReader lines;
        private final boolean hasHeader;
        private boolean started;
        private boolean ended;
        private long lineNumber;

        FixedWidth(Reader reader, boolean hasHeader) {
            this.lines = new BufferedReader(reader, 64 * 1024);
            this.hasHeader = hasHeader;
        }

        /** Skips the header line of a fixed-width file that has one; its columns are not matched by label. */
        @Override
        public String[] header() throws IOException {
            if (!started) {
                started = true;
                if (hasHeader && lines.readLine() != null) {
                    lineNumber++;
                }
            }
            return null;
        }

        @Override
        public boolean fill(RecordBatch batch) throws IOException {
            header();
            batch.clear();
            while (!ended && !batch.isFull()) {
                // NOTE: each line becomes a String before its copy into the batch; no fixed-width file was benchmarked.
                String line = lines.readLine();
                lineNumber++;
                if (line == null) {
                    ended = true;
                    break;
                }
                if (!line.isEmpty()) {
                    batch.beginRecord(lineNumber);
                    batch.addValue(line);
                    batch.endRecord();
                }
            }
            return !batch.isEmpty();
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
