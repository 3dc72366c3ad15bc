package fr.passerelle.format.apogee;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a marks file from a grading tool: CSV with the header {@code student;element;mark;result}, one mark per line.
 *
 * <p>The file may be UTF-8, with or without a byte-order mark, or ISO-8859-1: bytes that are not valid UTF-8 are read
 * as ISO-8859-1. The separator is {@code ;} when the header line contains one, else {@code ,}. Column names are
 * matched without regard to case and may come in any order; {@code result} is optional. A line may leave out the
 * trailing {@code result} field.
 *
 * <p>A file that cannot be read (binary, UTF-16, no header, an unknown or missing column, broken quoting) raises
 * {@link MarksFormatException}. A line with a wrong number of fields becomes a rejection in
 * {@link MarksFile#rejected()}, so the other lines still count.
 */
public final class MarksReader {

    static final String STUDENT = "student";
    static final String ELEMENT = "element";
    static final String MARK = "mark";
    static final String RESULT = "result";
    private static final List<String> COLUMNS = List.of(STUDENT, ELEMENT, MARK, RESULT);
    private static final String EXPECTED_HEADER = "student;element;mark;result";

    private record Decoded(String text, String encoding) {
    }

    private MarksReader() {
    }

    /** Parses the bytes of a marks file called {@code name}. */
    public static MarksFile read(String name, byte[] bytes) throws MarksFormatException {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new MarksFormatException(0, "the marks file is empty; expected a header line " + EXPECTED_HEADER
                    + " and one mark per line");
        }
        char separator = separator(firstLine(text));
        List<MarkLine> marks = new ArrayList<>();
        List<MarkRejection> rejected = new ArrayList<>();
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .build(CsvRecordHandler.of(), text);
        try (reader) {
            Map<String, Integer> header = null;
            int headerSize = 0;
            for (CsvRecord record : reader) {
                checkNoLineBreak(record, text);
                if (header == null) {
                    header = readHeader(record);
                    headerSize = record.getFieldCount();
                    continue;
                }
                readLine(name, record, header, headerSize, separator, marks, rejected);
            }
            if (header == null) {
                throw new MarksFormatException(0, "the marks file has no header line; expected " + EXPECTED_HEADER);
            }
        } catch (CsvParseException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new MarksFormatException(0, e.getMessage() + ": " + cause
                    + "; a field that starts with a quote must end with one, right before the separator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MarksFile(name, decoded.encoding(), separator, marks, rejected);
    }

    private static Decoded decode(byte[] bytes) throws MarksFormatException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new MarksFormatException(1, "the marks file is UTF-16; save it as UTF-8 or ISO-8859-1");
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        int lineNumber = 1;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                lineNumber++;
            } else if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7F) {
                throw new MarksFormatException(lineNumber, String.format(
                        "control byte 0x%02X: the file is binary, not a CSV marks file", b));
            }
        }
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
            return new Decoded(text, bom ? "UTF-8 with BOM" : "UTF-8");
        } catch (CharacterCodingException e) {
            if (bom) {
                throw new MarksFormatException(0, "the marks file starts with a UTF-8 byte-order mark but is not valid"
                        + " UTF-8; save it again as UTF-8");
            }
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.stripLeading();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }

    private static char separator(String headerLine) throws MarksFormatException {
        if (headerLine.indexOf(';') >= 0) {
            return ';';
        }
        if (headerLine.indexOf(',') >= 0) {
            return ',';
        }
        throw new MarksFormatException(1, "the header line \"" + MaquetteReader.abbreviate(headerLine)
                + "\" has no ';' or ',' separator; expected " + EXPECTED_HEADER + ", separated by ';' or ','");
    }

    private static Map<String, Integer> readHeader(CsvRecord record) throws MarksFormatException {
        Map<String, Integer> header = new HashMap<>();
        List<String> fields = record.getFields();
        int last = fields.size() - 1;
        while (last > 0 && fields.get(last).isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new MarksFormatException(record.getStartingLineNumber(), "unknown column \""
                        + MaquetteReader.abbreviate(fields.get(i)) + "\" in the header; expected " + EXPECTED_HEADER
                        + " (result is optional)");
            }
            if (header.put(name, i) != null) {
                throw new MarksFormatException(record.getStartingLineNumber(), "column " + name
                        + " appears twice in the header");
            }
        }
        for (String required : List.of(STUDENT, ELEMENT, MARK)) {
            if (!header.containsKey(required)) {
                throw new MarksFormatException(record.getStartingLineNumber(), "the header has no column " + required
                        + "; expected " + EXPECTED_HEADER + " (result is optional)");
            }
        }
        return header;
    }

    private static void readLine(String name, CsvRecord record, Map<String, Integer> header, int headerSize,
            char separator, List<MarkLine> marks, List<MarkRejection> rejected) {
        long line = record.getStartingLineNumber();
        List<String> fields = record.getFields();
        String student = field(fields, header.get(STUDENT));
        String element = field(fields, header.get(ELEMENT));
        String mark = field(fields, header.get(MARK));
        String result = header.containsKey(RESULT) ? field(fields, header.get(RESULT)) : "";
        int count = fields.size();
        int lastNamed = header.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        boolean onlyResultMissing = header.containsKey(RESULT) && header.get(RESULT) == lastNamed
                && count == lastNamed;
        if (count > headerSize) {
            String hint = separator == ',' && count == headerSize + 1
                    ? "; with ',' as separator, write a mark as 12.5 or quote it (\"12,5\")" : "";
            rejected.add(new MarkRejection(name, line, student, element, String.join(String.valueOf(separator), fields),
                    MarkRule.FIELD_COUNT, "the line has " + count + " fields but the header has " + headerSize + hint));
            return;
        }
        if (count <= lastNamed && !onlyResultMissing) {
            // With too few fields, the first ones are unlikely to be the student and the element: name neither.
            rejected.add(new MarkRejection(name, line, "", "", String.join(String.valueOf(separator), fields),
                    MarkRule.FIELD_COUNT, "the line has " + count + " field" + (count == 1 ? "" : "s")
                    + " but the header has " + headerSize + "; check that the line uses the separator '" + separator
                    + "' of the header"));
            return;
        }
        marks.add(new MarkLine(line, student, element, mark, result));
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    /** Rejects a record with a line break in a field: a quote was left open and swallowed the following lines. */
    private static void checkNoLineBreak(CsvRecord record, String text) throws MarksFormatException {
        for (String field : record.getFields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                long lines = field.chars().filter(c -> c == '\n').count();
                long lastLine = record.getStartingLineNumber() + lines;
                long fileLines = text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
                String extent = lastLine >= fileLines ? " to the end of the file" : " to line " + lastLine;
                throw new MarksFormatException(record.getStartingLineNumber(), "a quoted field runs over "
                        + (lines + 1) + " lines" + extent + ": a closing quote is missing; marks never contain"
                        + " line breaks, so close the quote on the same line");
            }
        }
    }
}
