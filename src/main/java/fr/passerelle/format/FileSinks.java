package fr.passerelle.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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

    /** Opens an output that fails, rather than writing '?', on a character the encoding cannot hold. */
    static EncodedOutput strictOutput(Layout layout, Path path, char... specials) throws IOException {
        OutputStream out = Files.newOutputStream(path);
        if (layout.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        return new EncodedOutput(out, EncodableCharacters.of(layout.charset()), specials);
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

    /**
     * Writes delimited lines as FastCSV's {@code CsvWriter} does with {@code QuoteStrategies.REQUIRED}: a value is
     * quoted, its quotes doubled, when it contains the separator, the quote, CR or LF, or when it is a record's first
     * value and starts with {@code #}; an empty value is written as nothing.
     */
    private static final class DelimitedSink extends FileSink {

        /** FastCSV's default comment character, which it quotes at the start of a record. */
        private static final char COMMENT = '#';

        private final EncodedOutput out;
        private final char separator;
        private final char quote;
        private final char[] lineEnding;
        /** For a single-byte encoding: the table of {@link EncodedOutput#singleByteCodes()}; else null. */
        private final short[] codes;
        private final byte separatorByte;
        private final byte[] lineEndingBytes;
        private char[] scratch = new char[256];

        DelimitedSink(Layout layout, OutboxFile file) throws IOException {
            super(file);
            this.separator = layout.separator();
            this.quote = layout.quote();
            this.lineEnding = layout.lineEnding().equals("\r\n") ? new char[] {'\r', '\n'} : new char[] {'\n'};
            this.out = strictOutput(layout, file.temporary(), separator, quote, '\n', '\r');
            short[] table = out.singleByteCodes();
            boolean encodable = table != null && out.byteOf(separator) >= 0;
            for (char c : lineEnding) {
                encodable &= table != null && out.byteOf(c) >= 0;
            }
            this.codes = encodable ? table : null;
            this.separatorByte = encodable ? (byte) out.byteOf(separator) : 0;
            this.lineEndingBytes = new byte[lineEnding.length];
            for (int i = 0; encodable && i < lineEnding.length; i++) {
                lineEndingBytes[i] = (byte) out.byteOf(lineEnding[i]);
            }
            if (layout.header()) {
                write(layout.columns());
            }
        }

        @Override
        public void write(String[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                String value = values[i] == null ? "" : values[i];
                int length = value.length();
                if (scratch.length < length) {
                    scratch = new char[Math.max(length, scratch.length * 2)];
                }
                value.getChars(0, length, scratch, 0);
                writeValue(i, scratch, 0, length);
            }
            out.write(lineEnding, 0, lineEnding.length);
        }

        @Override
        public void write(OutputRecord record) throws IOException {
            int size = record.size();
            int length = lineEnding.length + size;
            for (int i = 0; i < size; i++) {
                length += record.length(i);
            }
            if (codes == null || length > EncodedOutput.BUFFER_SIZE) {
                writeValues(record, 0);
                return;
            }
            // A single-byte encoding writes one byte per character: the whole line is encoded in one loop, unless a
            // value needs quoting, or contains a character the encoding lacks, which writeValues then handles.
            byte[] bytes = out.room(length);
            int p = out.position();
            for (int i = 0; i < size; i++) {
                int mark = p;
                if (i > 0) {
                    bytes[p++] = separatorByte;
                }
                char[] chars = record.chars(i);
                int start = record.start(i);
                int end = record.end(i);
                if (start == end) {
                    continue;
                }
                int k = i == 0 && chars[start] == COMMENT ? -1 : start;
                for (; k >= 0 && k < end; k++) {
                    int code = codes[chars[k]];
                    if (code < 0) {
                        break;
                    }
                    bytes[p++] = (byte) code;
                }
                if (k != end) {
                    out.position(mark);
                    writeValues(record, i);
                    return;
                }
            }
            for (byte b : lineEndingBytes) {
                bytes[p++] = b;
            }
            out.position(p);
        }

        /** Writes values from {@code first} on, one at a time, then the line ending. */
        private void writeValues(OutputRecord record, int first) throws IOException {
            for (int i = first; i < record.size(); i++) {
                writeValue(i, record.chars(i), record.start(i), record.end(i));
            }
            out.write(lineEnding, 0, lineEnding.length);
        }

        private void writeValue(int index, char[] chars, int start, int end) throws IOException {
            if (index > 0) {
                out.write(separator);
            }
            if (start == end) {
                return;
            }
            // A value without separator, quote or line break is written as it is, in one pass.
            if ((index > 0 || chars[start] != COMMENT) && out.writePlain(chars, start, end)) {
                return;
            }
            out.write(quote);
            int from = start;
            for (int k = start; k < end; k++) {
                if (chars[k] == quote) {
                    out.write(chars, from, k + 1);
                    out.write(quote);
                    from = k + 1;
                }
            }
            out.write(chars, from, end);
            out.write(quote);
        }

        @Override
        void closeWriter() throws IOException {
            out.close();
        }
    }

    private static final class FixedWidthSink extends FileSink {

        private final EncodedOutput out;
        private final FieldSpec[] fields;
        private final char[] lineEnding;
        private final int recordLength;
        private char[] line;
        private int used;

        FixedWidthSink(Layout layout, OutboxFile file) throws IOException {
            super(file);
            this.out = strictOutput(layout, file.temporary());
            this.fields = layout.fields().toArray(FieldSpec[]::new);
            this.lineEnding = layout.lineEnding().toCharArray();
            this.recordLength = layout.recordLength();
            this.line = new char[Math.max(recordLength, 16)];
        }

        @Override
        public void write(String[] values) throws IOException {
            used = 0;
            for (int i = 0; i < values.length; i++) {
                char[] chars = values[i].toCharArray();
                place(i, chars, 0, chars.length);
            }
            endLine();
        }

        @Override
        public void write(OutputRecord record) throws IOException {
            used = 0;
            for (int i = 0; i < record.size(); i++) {
                place(i, record.chars(i), record.start(i), record.end(i));
            }
            endLine();
        }

        private void place(int index, char[] chars, int start, int end) {
            FieldSpec field = fields[index];
            fill(' ', field.start() - 1 - used);
            int length = end - start;
            if (length > field.maxLength()) {
                // RecordConverter rejects such a value before it gets here; this guards a direct caller.
                throw new IllegalArgumentException("value of " + field.name() + " is longer than its "
                        + field.maxLength() + " columns");
            }
            int padding = field.maxLength() - length;
            // NOTE: a negative number padded with zeros comes out as 000-12; no layout here has signed numbers.
            if (field.align() == FieldSpec.Align.RIGHT) {
                fill(field.pad(), padding);
                append(chars, start, length);
            } else {
                append(chars, start, length);
                fill(field.pad(), padding);
            }
        }

        private void endLine() throws IOException {
            fill(' ', recordLength - used);
            out.write(line, 0, used);
            out.write(lineEnding, 0, lineEnding.length);
        }

        private void fill(char c, int count) {
            if (count <= 0) {
                return;
            }
            ensure(count);
            Arrays.fill(line, used, used + count, c);
            used += count;
        }

        private void append(char[] chars, int start, int length) {
            ensure(length);
            System.arraycopy(chars, start, line, used, length);
            used += length;
        }

        private void ensure(int more) {
            if (used + more > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, used + more));
            }
        }

        @Override
        void closeWriter() throws IOException {
            out.close();
        }
    }
}
