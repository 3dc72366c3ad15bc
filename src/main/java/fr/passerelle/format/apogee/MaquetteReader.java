package fr.passerelle.format.apogee;

import fr.passerelle.format.apogee.Maquette.Line;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an Apogée notes and results maquette: ISO-8859-1 text, tab-separated, CRLF line breaks, in four sections
 * (XX-APO_TITRES-XX, XX-APO_TYP_RES-XX, XX-APO_COLONNES-XX, XX-APO_VALEURS-XX).
 *
 * <p>A file that cannot be a maquette (empty, binary, UTF-8, a section missing or out of order, a column declaration
 * that cannot be read) raises {@link MaquetteFormatException}. A student row that cannot be read is reported in
 * {@link Maquette#problems()} and left as it is, so the other rows can still be filled.
 *
 * <p>A student row normally has one field per name of the section's header line, plus an optional empty field after a
 * trailing tab. Anonymised exports put name and first name in one field, so their rows have one field less. The reader
 * tells the two layouts apart by counting fields, and checks that the field after the student number and the name is
 * a birth date. When the count allows both layouts (a combined row with a trailing tab has as many fields as a full row
 * without one), a birth date in the third field and none in the fourth decides for the combined layout.
 */
public final class MaquetteReader {

    static final String TITLES = "XX-APO_TITRES-XX";
    static final String RESULT_CODES = "XX-APO_TYP_RES-XX";
    static final String COLUMNS = "XX-APO_COLONNES-XX";
    static final String VALUES = "XX-APO_VALEURS-XX";
    static final String COLUMNS_START = "APO_COL_VAL_DEB";
    static final String COLUMNS_END = "APO_COL_VAL_FIN";

    private static final List<String> FIXED_HEADER = List.of(
            "apoL_a01_code", "apoL_a02_nom", "apoL_a03_prenom", "apoL_a04_naissance");
    private static final Pattern MARKER = Pattern.compile("XX-[A-Z_]+-XX");
    private static final Pattern COLUMN_ID = Pattern.compile("apoL_c\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern BIRTH_DATE = Pattern.compile("\\s*\\d{2}/\\d{2}/\\d{4}\\s*");
    private static final Pattern CODE_LABEL = Pattern.compile("\\S+ : .*");
    private static final int MIN_COLUMN_FIELDS = 8;

    private final List<Line> lines;
    private final boolean endsWithLineBreak;
    private int position;

    private MaquetteReader(List<Line> lines, boolean endsWithLineBreak) {
        this.lines = lines;
        this.endsWithLineBreak = endsWithLineBreak;
    }

    /** Parses the bytes of a maquette, keeping the bytes of every line for the writer. */
    public static Maquette read(byte[] bytes) throws MaquetteFormatException {
        checkEncoding(bytes);
        boolean endsWithLineBreak = bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r';
        return new MaquetteReader(splitLines(bytes), endsWithLineBreak).parse();
    }

    private static void checkEncoding(byte[] bytes) throws MaquetteFormatException {
        if (bytes.length == 0) {
            throw new MaquetteFormatException(0, "the file is empty; export the maquette again from Apogée");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            throw new MaquetteFormatException(1, "the file starts with a UTF-8 byte-order mark, but Apogée maquettes are"
                    + " ISO-8859-1; export the maquette again from Apogée or save it as ISO-8859-1");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new MaquetteFormatException(1, "the file starts with a UTF-16 byte-order mark, but Apogée maquettes are"
                    + " ISO-8859-1; export the maquette again from Apogée or save it as ISO-8859-1");
        }
        int lineNumber = 1;
        int firstNonAscii = -1;
        int firstNonAsciiLine = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                lineNumber++;
            } else if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7F) {
                throw new MaquetteFormatException(lineNumber, String.format(
                        "control byte 0x%02X: the file is binary, not an Apogée maquette", b));
            } else if (b >= 0x80 && firstNonAscii < 0) {
                firstNonAscii = i;
                firstNonAsciiLine = lineNumber;
            }
        }
        if (firstNonAscii >= 0 && isUtf8(bytes)) {
            int end = firstNonAscii + 1;
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end++;
            }
            byte[] sequence = Arrays.copyOfRange(bytes, firstNonAscii, end);
            StringBuilder hex = new StringBuilder();
            for (byte b : sequence) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
            }
            throw new MaquetteFormatException(firstNonAsciiLine, "the file is UTF-8 (\""
                    + new String(sequence, StandardCharsets.UTF_8) + "\" is written as the bytes " + hex
                    + "), but Apogée writes and imports maquettes in ISO-8859-1; export the maquette again from Apogée"
                    + " or convert it to ISO-8859-1");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Splits on LF, keeping CRLF or LF as each line's terminator; a lone CR inside a line stays in its content. */
    private static List<Line> splitLines(byte[] bytes) {
        List<Line> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                boolean crlf = i > start && bytes[i - 1] == '\r';
                int end = crlf ? i - 1 : i;
                byte[] terminator = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
                result.add(new Line(result.size() + 1, Arrays.copyOfRange(bytes, start, end), terminator));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            result.add(new Line(result.size() + 1, Arrays.copyOfRange(bytes, start, bytes.length), new byte[0]));
        }
        return result;
    }

    private Maquette parse() throws MaquetteFormatException {
        skipBlankLines();
        if (position == lines.size()) {
            throw new MaquetteFormatException(0, "the file contains only blank lines; export the maquette again from"
                    + " Apogée");
        }
        if (!marker(current()).equals(TITLES)) {
            throw new MaquetteFormatException(current().number(), "expected the section marker " + TITLES + ", found \""
                    + abbreviate(current().text()) + "\": this is not an Apogée maquette");
        }
        position++;
        Map<String, String> titles = readTitles();
        expectSection(RESULT_CODES, TITLES);
        List<ResultCodeList> resultCodeLists = readResultCodes();
        expectSection(COLUMNS, RESULT_CODES);
        List<MaquetteColumn> columns = readColumns();
        expectSection(VALUES, COLUMNS);
        return readValues(titles, resultCodeLists, columns);
    }

    private Map<String, String> readTitles() throws MaquetteFormatException {
        Map<String, String> titles = new LinkedHashMap<>();
        while (position < lines.size() && marker(current()).isEmpty()) {
            Line line = current();
            String[] fields = Maquette.fields(line);
            if (!isBlank(line)) {
                if (!fields[0].startsWith("apoC_")) {
                    throw new MaquetteFormatException(line.number(), "unexpected line \"" + abbreviate(line.text())
                            + "\" in " + TITLES + ", where every line starts with apoC_");
                }
                titles.put(fields[0], fields.length > 1 ? fields[1] : "");
            }
            position++;
        }
        return titles;
    }

    private List<ResultCodeList> readResultCodes() throws MaquetteFormatException {
        List<ResultCodeList> lists = new ArrayList<>();
        while (position < lines.size() && marker(current()).isEmpty()) {
            Line line = current();
            List<String> fields = nonEmptyFields(line);
            if (!fields.isEmpty()) {
                if (DIGITS.matcher(fields.get(0)).matches()) {
                    int count = Integer.parseInt(fields.get(0));
                    List<String> codes = fields.subList(1, fields.size());
                    if (codes.size() != count) {
                        throw new MaquetteFormatException(line.number(), "the result code list announces " + count
                                + " codes but contains " + codes.size() + "; the maquette is damaged, export it again");
                    }
                    lists.add(new ResultCodeList(line.number(), codes));
                } else if (!fields.stream().allMatch(field -> CODE_LABEL.matcher(field).matches())) {
                    throw new MaquetteFormatException(line.number(), "unexpected line \"" + abbreviate(line.text())
                            + "\" in " + RESULT_CODES + ", which contains code lists and \"CODE : label\" lines");
                }
            }
            position++;
        }
        return lists;
    }

    private List<MaquetteColumn> readColumns() throws MaquetteFormatException {
        skipColumnLabels();
        List<MaquetteColumn> columns = readColumnDeclarations();
        skipColumnsEnd();
        return columns;
    }

    /** Skips the fixed apoL_a lines that label the columns, up to and including APO_COL_VAL_DEB. */
    private void skipColumnLabels() throws MaquetteFormatException {
        int sectionLine = lines.get(position - 1).number();
        while (position < lines.size() && marker(current()).isEmpty() && !firstField(current()).equals(COLUMNS_START)) {
            Line line = current();
            if (!isBlank(line) && !firstField(line).startsWith("apoL_a")) {
                throw new MaquetteFormatException(line.number(), "unexpected line \"" + abbreviate(line.text())
                        + "\" in " + COLUMNS + " before " + COLUMNS_START);
            }
            position++;
        }
        if (position == lines.size() || !marker(current()).isEmpty()) {
            throw new MaquetteFormatException(sectionLine, COLUMNS + " has no " + COLUMNS_START
                    + " line, so the value columns cannot be found; export the maquette again from Apogée");
        }
        position++;
    }

    /** Reads the column lines up to APO_COL_VAL_FIN, leaving the position on that line. */
    private List<MaquetteColumn> readColumnDeclarations() throws MaquetteFormatException {
        List<MaquetteColumn> columns = new ArrayList<>();
        Map<String, Integer> declaredAt = new HashMap<>();
        while (position < lines.size() && !firstField(current()).equals(COLUMNS_END)) {
            Line line = current();
            if (!marker(line).isEmpty()) {
                throw new MaquetteFormatException(line.number(), "section " + marker(line) + " starts before "
                        + COLUMNS_END + " closes the column list; the maquette is damaged, export it again");
            }
            if (!isBlank(line)) {
                MaquetteColumn column = readColumn(line);
                Integer earlier = declaredAt.putIfAbsent(column.id(), line.number());
                if (earlier != null) {
                    throw new MaquetteFormatException(line.number(), "column " + column.id()
                            + " is declared again (first on line " + earlier + ")");
                }
                columns.add(column);
            }
            position++;
        }

        if (position == lines.size()) {
            throw new MaquetteFormatException(lines.get(lines.size() - 1).number(), "the file ends before "
                    + COLUMNS_END + " closes the column list: it may have been cut short; export the maquette again from"
                    + " Apogée");
        }
        if (columns.isEmpty()) {
            throw new MaquetteFormatException(current().number(), "the maquette declares no value column between "
                    + COLUMNS_START + " and " + COLUMNS_END + ", so there is nothing to fill");
        }
        return columns;
    }

    /** Skips APO_COL_VAL_FIN and the closing {@code apoL_cNNNN<TAB>APO_COL_VAL_FIN} line that Apogée writes after it. */
    private void skipColumnsEnd() throws MaquetteFormatException {
        position++;
        while (position < lines.size() && marker(current()).isEmpty()) {
            Line line = current();
            String[] fields = Maquette.fields(line);
            boolean closingLine = fields.length > 1 && fields[1].equals(COLUMNS_END);
            if (!isBlank(line) && !closingLine) {
                throw new MaquetteFormatException(line.number(), "unexpected line \"" + abbreviate(line.text())
                        + "\" after " + COLUMNS_END);
            }
            position++;
        }
    }

    private static MaquetteColumn readColumn(Line line) throws MaquetteFormatException {
        String[] fields = Maquette.fields(line);
        if (!COLUMN_ID.matcher(fields[0]).matches()) {
            throw new MaquetteFormatException(line.number(), "a column declaration starts with apoL_c and a number,"
                    + " found \"" + abbreviate(fields[0]) + "\"");
        }
        if (fields.length < MIN_COLUMN_FIELDS) {
            throw new MaquetteFormatException(line.number(), "column " + fields[0] + " has " + fields.length
                    + " fields, expected at least " + MIN_COLUMN_FIELDS
                    + " (id, object type, code, version, year, session, admission, result type)");
        }
        ResultType type = ResultType.fromCode(fields[7].trim()).orElseThrow(() -> new MaquetteFormatException(
                line.number(), "column " + fields[0] + " has result type \"" + fields[7]
                + "\", expected N (mark), B (scale), J (jury points) or R (result)"));
        return new MaquetteColumn(fields[0], line.number(), fields[1].trim(), fields[2].trim(), fields[3].trim(),
                fields[4].trim(), fields[5].trim(), fields[6].trim(), type, fields.length > 8 ? fields[8] : "");
    }

    private Maquette readValues(Map<String, String> titles, List<ResultCodeList> resultCodeLists,
            List<MaquetteColumn> columns) throws MaquetteFormatException {
        int sectionLine = lines.get(position - 1).number();
        skipBlankLines();
        if (position == lines.size()) {
            throw new MaquetteFormatException(sectionLine, VALUES + " has no header line: the file may have been cut"
                    + " short; export the maquette again from Apogée");
        }
        Line headerLine = current();
        List<String> header = readHeader(headerLine, columns);
        Map<String, Integer> headerIndex = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            headerIndex.put(header.get(i), i);
        }
        position++;

        Map<String, StudentRow> rowsByStudent = new LinkedHashMap<>();
        Map<String, List<Integer>> duplicateLines = new HashMap<>();
        Map<String, MaquetteProblem> malformedByStudent = new HashMap<>();
        List<MaquetteProblem> problems = new ArrayList<>();
        for (; position < lines.size(); position++) {
            Line line = current();
            if (isBlank(line)) {
                continue;
            }
            String[] fields = Maquette.fields(line);
            String studentNumber = fields[0].trim();
            String problem = rowProblem(line, fields, header.size(), headerLine.number());
            if (problem != null) {
                MaquetteProblem malformed = new MaquetteProblem(line.number(), problem);
                problems.add(malformed);
                if (DIGITS.matcher(studentNumber).matches()) {
                    malformedByStudent.putIfAbsent(studentNumber, malformed);
                }
                continue;
            }
            StudentRow row = new StudentRow(line.number(), studentNumber, combinedName(fields, header.size()),
                    fields.length);
            List<Integer> seen = duplicateLines.get(studentNumber);
            StudentRow earlier = rowsByStudent.get(studentNumber);
            if (earlier != null || seen != null) {
                if (earlier != null) {
                    rowsByStudent.remove(studentNumber);
                    seen = new ArrayList<>(List.of(earlier.lineNumber()));
                    duplicateLines.put(studentNumber, seen);
                }
                problems.add(new MaquetteProblem(line.number(), "student " + studentNumber + " is already on line "
                        + seen.get(0) + "; marks for this student are not placed until the maquette has one row for"
                        + " them"));
                seen.add(line.number());
            } else {
                rowsByStudent.put(studentNumber, row);
            }
        }
        return new Maquette(lines, titles, resultCodeLists, columns, headerIndex, rowsByStudent, duplicateLines,
                malformedByStudent, problems);
    }

    private static List<String> readHeader(Line line, List<MaquetteColumn> columns) throws MaquetteFormatException {
        List<String> header = new ArrayList<>(Arrays.asList(Maquette.fields(line)));
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        if (header.size() < FIXED_HEADER.size() || !header.subList(0, FIXED_HEADER.size()).equals(FIXED_HEADER)) {
            throw new MaquetteFormatException(line.number(), "the header line of " + VALUES + " must start with "
                    + String.join(", ", FIXED_HEADER) + "; found \"" + abbreviate(line.text()) + "\"");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = FIXED_HEADER.size(); i < header.size(); i++) {
            String name = header.get(i);
            if (seen.put(name, i) != null) {
                throw new MaquetteFormatException(line.number(), "the header line names column " + name + " twice");
            }
        }
        for (MaquetteColumn column : columns) {
            if (!seen.containsKey(column.id())) {
                throw new MaquetteFormatException(line.number(), "column " + column.id() + " declared on line "
                        + column.lineNumber() + " is missing from the header line of " + VALUES);
            }
            seen.remove(column.id());
        }
        if (!seen.isEmpty()) {
            String unknown = seen.keySet().stream().sorted().findFirst().orElseThrow();
            throw new MaquetteFormatException(line.number(), "the header line names column \"" + abbreviate(unknown)
                    + "\", which " + COLUMNS + " does not declare");
        }
        return header;
    }

    /** Returns why a row of XX-APO_VALEURS-XX cannot be filled, or null when it can. */
    private String rowProblem(Line line, String[] fields, int headerSize, int headerLineNumber) {
        String studentNumber = fields[0].trim();
        if (!marker(line).isEmpty()) {
            return "unexpected section marker " + marker(line) + " among the student rows; the row is left unchanged";
        }
        if (!DIGITS.matcher(studentNumber).matches()) {
            return "the student number \"" + abbreviate(fields[0]) + "\" is not made of digits; the row is left"
                    + " unchanged";
        }
        int count = fields.length;
        boolean fullLayout = count == headerSize || (count == headerSize + 1 && fields[headerSize].isEmpty());
        if (!fullLayout && count != headerSize - 1) {
            String cutShort = line.number() == lines.size() && !endsWithLineBreak
                    ? " The file ends in the middle of this row: it may have been cut short." : "";
            return "the row of student " + studentNumber + " has " + count + " fields, but the header line "
                    + headerLineNumber + " has " + headerSize + " columns (" + (headerSize - 1)
                    + " when name and first name share one field); the row is left unchanged." + cutShort;
        }
        if (count == headerSize - 1 && !fields[2].isEmpty() && !BIRTH_DATE.matcher(fields[2]).matches()) {
            return "the row of student " + studentNumber + " has " + count + " fields, as when name and first name"
                    + " share one field, but field 3 \"" + abbreviate(fields[2]) + "\" is not a birth date"
                    + " (dd/mm/yyyy); the row is left unchanged";
        }
        return null;
    }

    private static boolean combinedName(String[] fields, int headerSize) {
        if (fields.length == headerSize - 1) {
            return true;
        }
        return fields.length == headerSize
                && fields[headerSize - 1].isEmpty()
                && BIRTH_DATE.matcher(fields[2]).matches()
                && !BIRTH_DATE.matcher(fields[3]).matches();
    }

    private void expectSection(String expected, String previous) throws MaquetteFormatException {
        if (position == lines.size()) {
            throw new MaquetteFormatException(lines.get(lines.size() - 1).number(), "the file ends before section "
                    + expected + ": it may have been cut short; export the maquette again from Apogée");
        }
        String found = marker(current());
        if (!found.equals(expected)) {
            throw new MaquetteFormatException(current().number(), "expected section " + expected + " after "
                    + previous + ", found " + found + "; the maquette is damaged, export it again from Apogée");
        }
        position++;
    }

    private void skipBlankLines() {
        while (position < lines.size() && isBlank(current())) {
            position++;
        }
    }

    private Line current() {
        return lines.get(position);
    }

    private static String marker(Line line) {
        String first = firstField(line);
        return MARKER.matcher(first).matches() ? first : "";
    }

    private static String firstField(Line line) {
        return Maquette.fields(line)[0].trim();
    }

    private static boolean isBlank(Line line) {
        return line.text().replace("\t", "").isBlank();
    }

    private static List<String> nonEmptyFields(Line line) {
        List<String> fields = new ArrayList<>();
        for (String field : Maquette.fields(line)) {
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }

    static String abbreviate(String text) {
        String visible = text.replace("\t", "\\t");
        return visible.length() > 60 ? visible.substring(0, 57) + "..." : visible;
    }
}
