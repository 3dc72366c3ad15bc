package fr.passerelle.format;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Sinks that write a layout's records to an outbox file. */
public final class FileSinks {

    private FileSinks() {
    }

    /** Opens a sink writing {@code layout} to {@code folder/name}, the header line first when the layout has one. */
    public static RecordSink open(Layout layout, Path folder, String name) throws IOException {
        OutboxFile file = new OutboxFile(folder, name);
        return switch (layout.format()) {
            case FIXED -> new FixedWidthSink(layout, file);
            case XLSX -> new XlsxSink(layout, file);
            default -> new DelimitedSink(layout, file);
        };
    }

    /** Opens a writer that fails, rather than writing '?', on a character the encoding cannot hold. */
    static Writer strictWriter(Layout layout, Path path) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
        if (layout.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        return new OutputStreamWriter(out, layout.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    abstract static class FileSink implements RecordSink {

        final OutboxFile file;
        private boolean committed;
        private boolean aborted;

        FileSink(OutboxFile file) {
            this.file = file;
        }

        abstract void closeWriter() throws IOException;

        @Override
        public String commit() throws IOException {
            if (aborted) {
                throw new IllegalStateException("sink was aborted");
            }
            closeWriter();
            committed = true;
            return file.publish().getFileName().toString();
        }

        @Override
        public void abort() {
            if (!committed && !aborted) {
                aborted = true;
                try {
                    closeWriter();
                } catch (IOException | UncheckedIOException e) {
                    // the file is discarded below whatever state the writer was left in
                }
                file.discard();
            }
        }

        @Override
        public void close() {
            abort();
        }
    }

    private static final class DelimitedSink extends FileSink {

        private final CsvWriter csv;

        DelimitedSink(Layout layout, OutboxFile file) throws IOException {
            super(file);
            this.csv = CsvWriter.builder()
                    .fieldSeparator(layout.separator())
                    .quoteCharacter(layout.quote())
                    .quoteStrategy(QuoteStrategies.REQUIRED)
                    .lineDelimiter(layout.lineEnding().equals("\r\n") ? LineDelimiter.CRLF : LineDelimiter.LF)
                    .bufferSize(64 * 1024)
                    .build(strictWriter(layout, file.temporary()));
            if (layout.header()) {
                csv.writeRecord(layout.columns());
            }
        }

        @Override
        public void write(String[] values) throws IOException {
            try {
                csv.writeRecord(values);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        void closeWriter() throws IOException {
            csv.close();
        }
    }

    private static final class FixedWidthSink extends FileSink {

        private final Writer writer;
        private final List<FieldSpec> fields;
        private final String lineEnding;
        private final int recordLength;
        private final StringBuilder line = new StringBuilder();

        FixedWidthSink(Layout layout, OutboxFile file) throws IOException {
            super(file);
            this.writer = strictWriter(layout, file.temporary());
            this.fields = layout.fields();
            this.lineEnding = layout.lineEnding();
            this.recordLength = layout.recordLength();
        }

        @Override
        public void write(String[] values) throws IOException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                FieldSpec field = fields.get(i);
                while (line.length() < field.start() - 1) {
                    line.append(' ');
                }
                String value = values[i];
                if (value.length() > field.maxLength()) {
                    // RecordConverter rejects such a value before it gets here; this guards a direct caller.
                    throw new IllegalArgumentException("value of " + field.name() + " is longer than its "
                            + field.maxLength() + " columns");
                }
                int padding = field.maxLength() - value.length();
                // NOTE: a negative number padded with zeros comes out as 000-12; no layout here has signed numbers.
                if (field.align() == FieldSpec.Align.RIGHT) {
                    line.append(String.valueOf(field.pad()).repeat(padding)).append(value);
                } else {
                    line.append(value).append(String.valueOf(field.pad()).repeat(padding));
                }
            }
            while (line.length() < recordLength) {
                line.append(' ');
            }
            writer.append(line).append(lineEnding);
        }

        @Override
        void closeWriter() throws IOException {
            writer.close();
        }
    }
}
