package fr.passerelle.format;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Streams the records of a file, one at a time, so memory stays flat whatever the file's size.
 *
 * <p>Delimited files go through FastCSV, which handles quotes, doubled quotes, separators and line breaks inside
 * quotes, CRLF or LF line ends and a last line without one. Fixed-width files are read line by line. Empty lines are
 * skipped. The header line of a delimited file is returned by {@link #header()}, not as a record.
 */
public abstract class RecordSource implements Closeable {

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

    /** Returns the next record, or null at the end of the file. */
    public abstract RawRecord next() throws IOException;

    /** Rethrows an I/O failure hidden in an unchecked exception, such as an invalid byte for the encoding. */
    static IOException unwrap(UncheckedIOException e) {
        return e.getCause();
    }

    private static final class Delimited extends RecordSource {

        private final CsvReader<CsvRecord> csv;
        private final Iterator<CsvRecord> records;
        private final boolean hasHeader;
        private String[] header;
        private boolean started;

        Delimited(Layout layout, Reader reader) {
            this.csv = CsvReader.builder()
                    .fieldSeparator(layout.separator())
                    .quoteCharacter(layout.quote())
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(reader);
            this.records = csv.iterator();
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
                    RawRecord first = read();
                    header = first == null ? null : first.values();
                }
            }
        }

        @Override
        public RawRecord next() throws IOException {
            start();
            return read();
        }

        private RawRecord read() throws IOException {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CsvRecord record = records.next();
                int count = record.getFieldCount();
                String[] values = new String[count];
                for (int i = 0; i < count; i++) {
                    values[i] = record.getField(i);
                }
                return new RawRecord(record.getStartingLineNumber(), values);
            } catch (UncheckedIOException e) {
                throw unwrap(e);
            } catch (CsvParseException e) {
                throw new FileFormatException(0, "structure", "the file cannot be read as "
                        + "delimited text: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage()
                        + ")") + "; a quote is probably not closed");
            }
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static final class FixedWidth extends RecordSource {

        private final BufferedReader lines;
        private final boolean hasHeader;
        private boolean started;
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
        public RawRecord next() throws IOException {
            header();
            String line;
            do {
                line = lines.readLine();
                lineNumber++;
                if (line == null) {
                    return null;
                }
            } while (line.isEmpty());
            return new RawRecord(lineNumber, new String[] {line});
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
