package fr.passerelle.format;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The delimited sink writes what FastCSV's CsvWriter writes; the fixed-width sink pads as its layout sets. */
class FileSinksTest {

    private static final String[] AWKWARD = {"", "plain", "Lefèvre", "Œuvray €", "a;b", "a,b", "tab\there",
        "say \"hi\"",
        "\"", "\"\"", "line\nbreak", "cr\rhere", "crlf\r\n", "#comment", "not#first", "a|b", " padded ", "x",
        "Müller", "ÿ", "a very long value that goes on and on and on to pass twenty characters; with quotes \"q\""};

    @TempDir
    Path dir;

    private static Layout delimited(Charset charset, char separator, String lineEnding, int fields) {
        List<FieldSpec> specs = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            specs.add(new FieldSpec("f" + i, "col" + i + (i == 1 ? "#" : ""), FieldType.TEXT, null, '.', -1, false, -1,
                    0, FieldSpec.Align.LEFT, ' ', Set.of(), null, false, "f" + i, null, java.util.Map.of()));
        }
        return new Layout("test/out", "test", "test layout", Layout.Format.DELIMITED, charset, false, separator, '"',
                true, lineEnding, 0, false, "", List.copyOf(specs));
    }

    /** Returns what CsvWriter with the quote strategy the sink used to take writes for these records. */
    private static byte[] csvWriterBytes(Layout layout, List<String[]> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(layout.separator())
                .quoteCharacter(layout.quote())
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(layout.lineEnding().equals("\r\n") ? LineDelimiter.CRLF : LineDelimiter.LF)
                .build(new OutputStreamWriter(bytes, layout.charset()))) {
            csv.writeRecord(layout.columns());
            for (String[] record : records) {
                csv.writeRecord(record);
            }
        }
        return bytes.toByteArray();
    }

    /** Returns records of values from {@link #AWKWARD} that {@code charset} can write. */
    private static List<String[]> randomRecords(Random random, int count, int fields, Charset charset) {
        List<String> pool = new ArrayList<>();
        for (String value : AWKWARD) {
            if (charset.newEncoder().canEncode(value)) {
                pool.add(value);
            }
        }
        List<String[]> records = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String[] values = new String[fields];
            for (int i = 0; i < fields; i++) {
                values[i] = pool.get(random.nextInt(pool.size()));
            }
            records.add(values);
        }
        return records;
    }

    /** Fills an output record as the converter does: values of the input array, then of the scratch array. */
    private static OutputRecord outputRecord(String[] values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            joined.append(value);
        }
        char[] input = joined.toString().toCharArray();
        OutputRecord record = new OutputRecord(values.length);
        record.reset(input);
        int offset = 0;
        for (int i = 0; i < values.length; i++) {
            if (i % 3 == 2) {
                char[] scratch = record.reserve(values[i].length());
                values[i].getChars(0, values[i].length(), scratch, record.scratchUsed());
                record.setFromScratch(i, record.scratchUsed() + values[i].length());
            } else {
                record.set(i, offset, offset + values[i].length());
            }
            offset += values[i].length();
        }
        return record;
    }

    @Test
    void delimitedSinkWritesAsCsvWriter() throws IOException {
        Random random = new Random(3);
        int file = 0;
        // GB18030, a multi-byte encoding that no layout here uses, takes the sink's CharsetEncoder path.
        for (Charset charset : List.of(Charset.forName("ISO-8859-15"), StandardCharsets.UTF_8,
                Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, Charset.forName("GB18030"))) {
            for (char separator : new char[] {';', ',', '\t', '|'}) {
                for (String lineEnding : List.of("\r\n", "\n")) {
                    Layout layout = delimited(charset, separator, lineEnding, 5);
                    List<String[]> records = randomRecords(random, 2000, 5, charset);
                    String label = charset + " '" + separator + "' " + lineEnding.length();

                    String asStrings = "strings" + (++file) + ".csv";
                    try (RecordSink sink = FileSinks.open(layout, dir, asStrings)) {
                        for (String[] record : records) {
                            sink.write(record);
                        }
                        sink.commit();
                    }
                    String asRanges = "ranges" + file + ".csv";
                    try (RecordSink sink = FileSinks.open(layout, dir, asRanges)) {
                        for (String[] record : records) {
                            sink.write(outputRecord(record));
                        }
                        sink.commit();
                    }

                    byte[] expected = csvWriterBytes(layout, records);
                    assertThat(Files.readAllBytes(dir.resolve(asStrings))).as("strings, %s", label).isEqualTo(expected);
                    assertThat(Files.readAllBytes(dir.resolve(asRanges))).as("ranges, %s", label).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void delimitedSinkFillsBufferExactly() throws IOException {
        // Records of 1,000 characters cross the 256 KB buffer's end at every possible place over the run.
        Layout layout = delimited(Charset.forName("ISO-8859-15"), ';', "\r\n", 3);
        List<String[]> records = new ArrayList<>();
        for (int r = 0; r < 2000; r++) {
            records.add(new String[] {"é".repeat(r % 7), "x".repeat(997 - r % 7), r % 5 == 0 ? "q\"" : "z"});
        }
        try (RecordSink sink = FileSinks.open(layout, dir, "long.csv")) {
            for (String[] record : records) {
                sink.write(outputRecord(record));
            }
            sink.commit();
        }
        assertThat(Files.readAllBytes(dir.resolve("long.csv"))).isEqualTo(csvWriterBytes(layout, records));
    }

    @Test
    void unencodableCharacterFailsAndPublishesNothing() throws IOException {
        Layout layout = delimited(Charset.forName("ISO-8859-15"), ';', "\r\n", 2);
        try (RecordSink sink = FileSinks.open(layout, dir, "bad.csv")) {
            sink.write(outputRecord(new String[] {"good", "fine"}));
            assertThatThrownBy(() -> sink.write(outputRecord(new String[] {"ok", "snow ☃"})))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("U+2603")
                    .hasMessageContaining("ISO-8859-15");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing published and no temporary file left").isEmpty();
        }
    }

    @Test
    void fixedWidthSinkPadsFields() throws IOException {
        List<FieldSpec> fields = List.of(
                new FieldSpec("code", "code", FieldType.TEXT, null, '.', -1, false, 6, 1, FieldSpec.Align.LEFT, ' ',
                        Set.of(), null, false, "code", null, java.util.Map.of()),
                new FieldSpec("amount", "amount", FieldType.INTEGER, null, '.', -1, false, 5, 9,
                        FieldSpec.Align.RIGHT, '0', Set.of(), null, false, "amount", null, java.util.Map.of()));
        Layout layout = new Layout("test/fixed", "test", "test layout", Layout.Format.FIXED,
                Charset.forName("ISO-8859-15"), false, ';', '"', false, "\r\n", 16, false, "", fields);
        try (RecordSink sink = FileSinks.open(layout, dir, "fixed.txt")) {
            sink.write(new String[] {"AB", "42"});
            sink.write(outputRecord(new String[] {"Œuvré", "12345"}));
            sink.write(outputRecord(new String[] {"", ""}));
            sink.commit();
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("fixed.txt")), Charset.forName("ISO-8859-15")))
                .isEqualTo("AB" + " ".repeat(6) + "00042" + " ".repeat(3) + "\r\n"
                        + "Œuvré" + " ".repeat(3) + "12345" + " ".repeat(3) + "\r\n"
                        + " ".repeat(8) + "00000" + " ".repeat(3) + "\r\n");
    }
}
