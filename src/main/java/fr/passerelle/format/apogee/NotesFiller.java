package fr.passerelle.format.apogee;

import java.math.BigDecimal;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places the marks and results of a marks file into a maquette, checking each line first.
 *
 * <p>A line is placed whole or not at all: when its mark or its result breaks a rule, neither is written and the line
 * becomes a {@link MarkRejection}. The checks, in order: student and element given, the same student and element on
 * one line only, a numeric student number, values that ISO-8859-1 can encode, the student on one well-formed row,
 * a mark (N) column for a mark and a result (R) column for a result, the mark a number from 0 to the scale with at
 * most two decimals or a special mark of the maquette's list, the result a code of the maquette's list for that
 * column. The scale is the student's barème (B) field for the element when it is filled, else 20.
 */
public final class NotesFiller {

    /** Scale a mark is checked against when the maquette's barème field is empty. */
    public static final BigDecimal DEFAULT_SCALE = BigDecimal.valueOf(20);
    /** Decimals accepted in a mark. */
    public static final int MAX_DECIMALS = 2;

    private static final Pattern STUDENT_NUMBER = Pattern.compile("\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\s*\\d+([.,]\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Value of a field of the maquette that a mark line overwrote. */
    public record Replacement(MarkLine line, MaquetteColumn column, String previous, String value) {
    }

    /** Outcome of checking one line: the values to write, or the rejection. */
    private record Check(List<FieldValue> values, MarkRejection rejection) {

        static Check rejected(MarkRejection rejection) {
            return new Check(List.of(), rejection);
        }
    }

    /** Field value or the reason it cannot be written. */
    private record Value(FieldValue value, MarkRule rule, String detail) {
    }

    private NotesFiller() {
    }

    /** Checks every line of the marks file and returns what can be placed, what cannot and why. */
    public static FillResult fill(Maquette maquette, MarksFile marks) {
        List<MarkRejection> rejections = new ArrayList<>(marks.rejected());
        List<FieldValue> values = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        Map<String, List<Long>> linesByKey = new LinkedHashMap<>();
        for (MarkLine line : marks.marks()) {
            if (!line.student().isEmpty() && !line.element().isEmpty()) {
                linesByKey.computeIfAbsent(key(line), key -> new ArrayList<>()).add(line.lineNumber());
            }
        }

        int placed = 0;
        for (MarkLine line : marks.marks()) {
            Check check = check(maquette, marks.name(), line, linesByKey);
            if (check.rejection() != null) {
                rejections.add(check.rejection());
                continue;
            }
            placed++;
            for (FieldValue value : check.values()) {
                String previous = maquette.value(value.row(), value.column());
                if (!previous.isBlank() && !previous.equals(value.value())) {
                    replacements.add(new Replacement(line, value.column(), previous, value.value()));
                }
                values.add(value);
            }
        }
        rejections.sort(Comparator.comparingLong(MarkRejection::line));
        return new FillResult(maquette, marks.lineCount(), placed, values, rejections, replacements);
    }

    private static Check check(Maquette maquette, String fileName, MarkLine line, Map<String, List<Long>> linesByKey) {
        String mark = line.mark();
        String result = line.result();
        String value = mark.isEmpty() || result.isEmpty() ? mark + result : mark + " " + result;
        if (line.student().isEmpty() || line.element().isEmpty()) {
            String missing = line.student().isEmpty() ? "student number" : "element code";
            return reject(fileName, line, value, MarkRule.MISSING_VALUE, "the " + missing + " is empty");
        }
        if (mark.isEmpty() && result.isEmpty()) {
            return reject(fileName, line, value, MarkRule.MISSING_VALUE, "the line gives neither a mark nor a result");
        }
        List<Long> sameKey = linesByKey.get(key(line));
        if (sameKey.size() > 1) {
            String others = sameKey.stream()
                    .filter(other -> other != line.lineNumber())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return reject(fileName, line, value, MarkRule.DUPLICATE, "student " + line.student() + " and element "
                    + line.element() + " are also on line " + others + "; none of these lines is placed until one"
                    + " remains");
        }
        if (!STUDENT_NUMBER.matcher(line.student()).matches()) {
            return reject(fileName, line, value, MarkRule.STUDENT_NUMBER_INVALID,
                    "an Apogée student number is made of digits");
        }
        Optional<String> unencodable = firstUnencodable(mark + result);
        if (unencodable.isPresent()) {
            return reject(fileName, line, value, MarkRule.NOT_ISO_8859_1, "the character " + unencodable.get()
                    + " cannot be written in an ISO-8859-1 maquette");
        }
        Optional<StudentRow> row = maquette.row(line.student());
        if (row.isEmpty()) {
            return rejectMissingRow(maquette, fileName, line, value);
        }

        String element = line.element().toUpperCase(Locale.ROOT);
        List<FieldValue> values = new ArrayList<>();
        if (!mark.isEmpty()) {
            Value markValue = markValue(maquette, row.get(), element, mark);
            if (markValue.rule() != null) {
                return reject(fileName, line, mark, markValue.rule(), markValue.detail());
            }
            values.add(markValue.value());
        }
        if (!result.isEmpty()) {
            Value resultValue = resultValue(maquette, row.get(), element, result);
            if (resultValue.rule() != null) {
                return reject(fileName, line, result, resultValue.rule(), resultValue.detail());
            }
            values.add(resultValue.value());
        }
        return new Check(values, null);
    }

    private static Check rejectMissingRow(Maquette maquette, String fileName, MarkLine line, String value) {
        List<Integer> duplicates = maquette.duplicateLines(line.student());
        if (!duplicates.isEmpty()) {
            return reject(fileName, line, value, MarkRule.STUDENT_ROW_DUPLICATED, "the maquette has a row for this"
                    + " student on each of lines " + duplicates.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "; export the maquette again from Apogée");
        }
        Optional<MaquetteProblem> malformed = maquette.malformedRow(line.student());
        if (malformed.isPresent()) {
            return reject(fileName, line, value, MarkRule.STUDENT_ROW_MALFORMED, "the row of this student on line "
                    + malformed.get().lineNumber() + " of the maquette is malformed, see the maquette rows below");
        }
        return reject(fileName, line, value, MarkRule.STUDENT_NOT_IN_MAQUETTE, "the maquette has no row for student "
                + line.student() + "; check the number, or export a maquette that includes this student");
    }

    private static Value markValue(Maquette maquette, StudentRow row, String element, String mark) {
        List<MaquetteColumn> columns = maquette.columns(element, ResultType.MARK);
        if (columns.isEmpty()) {
            return failure(MarkRule.NO_MARK_COLUMN, "the maquette has no mark (N) column for element " + element
                    + "; elements with one: " + codesWith(maquette, ResultType.MARK));
        }
        if (columns.size() > 1) {
            return failure(MarkRule.AMBIGUOUS_COLUMN, ambiguity(element, "mark", columns));
        }
        MaquetteColumn column = columns.get(0);
        if (NUMBER.matcher(mark).matches()) {
            return numericMark(maquette, row, element, column, mark);
        }
        if (NEGATIVE_NUMBER.matcher(mark).matches()) {
            return failure(MarkRule.MARK_OUT_OF_SCALE, "a mark cannot be negative; marks run from 0 to the scale");
        }
        if (WORD.matcher(mark).matches()) {
            String code = mark.toUpperCase(Locale.ROOT);
            Set<String> allowed = maquette.allowedCodes(column);
            if (allowed.contains(code)) {
                return success(row, column, code);
            }
            return failure(MarkRule.SPECIAL_MARK_NOT_ALLOWED, mark + " is neither a number nor a special mark this"
                    + " maquette allows in a mark column (" + (allowed.isEmpty() ? "none" : String.join(", ", allowed))
                    + ")");
        }
        return failure(MarkRule.MARK_NOT_A_NUMBER, "write a mark as a number such as 12,5 or 12.5, or as a special"
                + " mark such as ABI");
    }

    private static Value numericMark(Maquette maquette, StudentRow row, String element, MaquetteColumn column,
            String mark) {
        int separator = Math.max(mark.indexOf(','), mark.indexOf('.'));
        int decimals = separator < 0 ? 0 : mark.length() - separator - 1;
        if (decimals > MAX_DECIMALS) {
            return failure(MarkRule.MARK_TOO_MANY_DECIMALS, "the mark has " + decimals + " decimals; write at most "
                    + MAX_DECIMALS);
        }
        BigDecimal number = new BigDecimal(mark.replace(',', '.'));
        List<MaquetteColumn> scaleColumns = maquette.columns(element, ResultType.SCALE);
        BigDecimal scale = DEFAULT_SCALE;
        String scaleSource = "the default scale";
        if (scaleColumns.size() == 1) {
            String written = maquette.value(row, scaleColumns.get(0)).strip();
            if (!written.isEmpty()) {
                if (!NUMBER.matcher(written).matches() || new BigDecimal(written.replace(',', '.')).signum() <= 0) {
                    return failure(MarkRule.SCALE_INVALID, "the barème of element " + element + " for this student is"
                            + " \"" + written + "\" (maquette line " + row.lineNumber() + ", column "
                            + scaleColumns.get(0).id() + "), which is not a positive number; correct the maquette");
                }
                scale = new BigDecimal(written.replace(',', '.'));
                scaleSource = "the barème " + scaleColumns.get(0).id() + " of the maquette";
            }
        }
        if (number.compareTo(scale) > 0) {
            return failure(MarkRule.MARK_OUT_OF_SCALE, "the mark is above " + scale.toPlainString() + ", "
                    + scaleSource + " for element " + element);
        }
        return success(row, column, mark.replace('.', ','));
    }

    private static Value resultValue(Maquette maquette, StudentRow row, String element, String result) {
        List<MaquetteColumn> columns = maquette.columns(element, ResultType.RESULT);
        if (columns.isEmpty()) {
            return failure(MarkRule.NO_RESULT_COLUMN, "the maquette has no result (R) column for element " + element
                    + "; elements with one: " + codesWith(maquette, ResultType.RESULT));
        }
        if (columns.size() > 1) {
            return failure(MarkRule.AMBIGUOUS_COLUMN, ambiguity(element, "result", columns));
        }
        MaquetteColumn column = columns.get(0);
        String code = result.toUpperCase(Locale.ROOT);
        if (!maquette.allowedCodes(column).contains(code)) {
            return failure(MarkRule.RESULT_CODE_NOT_ALLOWED, code + " is not in the result codes the maquette allows"
                    + " for column " + column.id() + " (" + column.objectType() + " " + element
                    + "); see its XX-APO_TYP_RES-XX section");
        }
        return success(row, column, code);
    }

    private static String ambiguity(String element, String kind, List<MaquetteColumn> columns) {
        return "element " + element + " has several " + kind + " columns ("
                + columns.stream().map(column -> column.id() + " session " + column.session() + " year "
                + column.year()).collect(Collectors.joining(", "))
                + "), and a marks file line cannot say which one it is for";
    }

    private static String codesWith(Maquette maquette, ResultType type) {
        Set<String> codes = new TreeSet<>();
        for (MaquetteColumn column : maquette.columns()) {
            if (column.resultType() == type) {
                codes.add(column.code());
            }
        }
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }

    /** Returns the first character ISO-8859-1 cannot encode, with its code point, if there is one. */
    private static Optional<String> firstUnencodable(String text) {
        CharsetEncoder encoder = StandardCharsets.ISO_8859_1.newEncoder();
        return text.codePoints()
                .filter(codePoint -> !encoder.canEncode(new String(Character.toChars(codePoint))))
                .mapToObj(codePoint -> "'" + new String(Character.toChars(codePoint)) + "' (U+"
                        + String.format("%04X", codePoint) + ")")
                .findFirst();
    }

    private static String key(MarkLine line) {
        return line.student() + "\t" + line.element().toUpperCase(Locale.ROOT);
    }

    private static Check reject(String fileName, MarkLine line, String value, MarkRule rule, String detail) {
        return Check.rejected(new MarkRejection(fileName, line.lineNumber(), line.student(), line.element(), value,
                rule, detail));
    }

    private static Value success(StudentRow row, MaquetteColumn column, String text) {
        return new Value(new FieldValue(row, column, text), null, null);
    }

    private static Value failure(MarkRule rule, String detail) {
        return new Value(null, rule, detail);
    }
}
