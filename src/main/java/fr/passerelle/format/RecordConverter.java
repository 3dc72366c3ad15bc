package fr.passerelle.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Checks each record of an input layout and converts it to the values of an output layout.
 *
 * <p>Output fields take the value of the input field they name in {@code from} (by default the field of the same
 * name); dates are rewritten in the output format, decimals with the output separator. Every broken rule of a
 * record is reported, not only the first, so that one report is enough to mend the file.
 *
 * <p>The checks run on the character ranges of a {@link RecordBatch} and write an {@link OutputRecord}, so a good
 * record makes no string; the value of a broken rule becomes a string only for its report line. Everything a check
 * needs from the layouts (allowed values, patterns, date formats, types) is looked up once here. A converter keeps
 * scratch state between records, so it serves one file on one thread.
 */
public final class RecordConverter {

    private final Layout input;
    private final Layout output;
    private final int[] columnOfField;
    private final int expectedColumns;
    private final boolean fixedWidth;
    private final char separator;
    private final boolean multiline;
    private final boolean hasSensitiveField;
    private final EncodableCharacters encodable;

    private final FieldSpec[] inFields;
    private final FieldType[] inTypes;
    private final DateFormat[] inputDates;
    private final char[][][] inputValues;
    private final Matcher[] inputPatterns;

    private final FieldSpec[] outFields;
    private final int[] sourceOfOutput;
    private final DateFormat[] outputDates;
    private final boolean[] reformatDate;
    private final char[][][] outputValues;
    /** Per output field: whether its allowed values include all those of its input field, which is then checked. */
    private final boolean[] valuesCheckedOnInput;
    /**
     * Per output field: whether it copies its input value unchanged and the input checks imply every output check
     * but the encoding one: mandatory, maximum length and allowed values.
     */
    private final boolean[] checkedOnInput;

    /** Per input field of the current record: its range in the batch once cut, unpadded and stripped. */
    private final int[] starts;
    private final int[] ends;
    /** Per input field of the current record: whether the output encoding can write every character. */
    private final boolean[] encodableValue;
    /** Per character: whether the output encoding writes it, from {@link EncodableCharacters#table()}. */
    private final boolean[] encodableCharacter;
    private final long[] dates;
    private final CharSlice slice = new CharSlice();

    private RecordBatch single;
    private OutputRecord singleOutput;

    /**
     * Prepares the conversion.
     *
     * @param header the header line's labels when the input layout has one, or null to take columns by position
     * @throws FileFormatException if the header lacks a column of the layout
     * @throws LayoutException     if an output field names no input field, or the types do not match
     */
    public RecordConverter(Layout input, Layout output, String[] header) {
        this.input = input;
        this.output = output;
        List<FieldSpec> inList = input.fields();
        this.columnOfField = new int[inList.size()];
        if (input.format() == Layout.Format.DELIMITED && input.header() && header != null) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < columnOfField.length; i++) {
                columnOfField[i] = indexOf(header, inList.get(i).column());
                if (columnOfField[i] < 0) {
                    missing.add(inList.get(i).column());
                }
            }
            if (!missing.isEmpty()) {
                throw new FileFormatException(1, "header", "the header line lacks column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + "; expected the columns of layout " + input.id() + ": "
                        + String.join(input.separator() == '\t' ? " " : String.valueOf(input.separator()), input.columns()));
            }
            this.expectedColumns = header.length;
        } else {
            for (int i = 0; i < columnOfField.length; i++) {
                columnOfField[i] = i;
            }
            this.expectedColumns = inList.size();
        }
        this.fixedWidth = input.format() == Layout.Format.FIXED;
        this.separator = input.separator();
        this.multiline = input.multiline();
        this.inFields = inList.toArray(FieldSpec[]::new);
        this.inTypes = new FieldType[inFields.length];
        this.inputPatterns = new Matcher[inFields.length];
        for (int i = 0; i < inFields.length; i++) {
            inTypes[i] = inFields[i].type();
            if (inFields[i].pattern() != null) {
                inputPatterns[i] = inFields[i].pattern().matcher("");
            }
        }
        this.inputDates = dateFormats(inList);
        this.inputValues = allowedValues(inList);
        this.outFields = output.fields().toArray(FieldSpec[]::new);
        this.outputValues = allowedValues(output.fields());
        this.outputDates = dateFormats(output.fields());
        this.sourceOfOutput = new int[outFields.length];
        this.reformatDate = new boolean[outFields.length];
        this.valuesCheckedOnInput = new boolean[outFields.length];
        this.checkedOnInput = new boolean[outFields.length];
        for (int j = 0; j < sourceOfOutput.length; j++) {
            FieldSpec out = outFields[j];
            int source = -1;
            for (int i = 0; i < inFields.length; i++) {
                if (inFields[i].name().equals(out.from())) {
                    source = i;
                }
            }
            if (source < 0) {
                throw new LayoutException("Layout " + output.source() + ": field '" + out.name() + "' takes its value from '"
                        + out.from() + "', which layout " + input.id() + " does not have");
            }
            FieldType inType = inFields[source].type();
            if (out.type() != FieldType.TEXT && out.type() != inType) {
                throw new LayoutException("Layout " + output.source() + ": field '" + out.name() + "' is "
                        + out.type().name().toLowerCase(Locale.ROOT) + " but its source '" + out.from() + "' in "
                        + input.id() + " is " + inType.name().toLowerCase(Locale.ROOT));
            }
            sourceOfOutput[j] = source;
            reformatDate[j] = out.type() == FieldType.DATE
                    && !outputDates[j].pattern().equals(inputDates[source].pattern());
            FieldSpec origin = inFields[source];
            valuesCheckedOnInput[j] = !origin.values().isEmpty() && out.values().containsAll(origin.values());
            checkedOnInput[j] = !reformatDate[j] && out.type() != FieldType.DECIMAL
                    && (!out.mandatory() || origin.mandatory())
                    && (out.maxLength() < 0 || origin.maxLength() >= 0 && origin.maxLength() <= out.maxLength())
                    && (out.values().isEmpty() || valuesCheckedOnInput[j]);
        }
        this.encodable = EncodableCharacters.of(output.charset());
        this.hasSensitiveField = inList.stream().anyMatch(FieldSpec::sensitive);
        this.starts = new int[inFields.length];
        this.ends = new int[inFields.length];
        this.encodableValue = new boolean[inFields.length];
        this.encodableCharacter = encodable.table();
        this.dates = new long[inFields.length];
    }

    /** Copies each field's allowed values to arrays, or null for any value: a few comparisons cost less than a hash. */
    private static char[][][] allowedValues(List<FieldSpec> fields) {
        char[][][] allowed = new char[fields.size()][][];
        for (int i = 0; i < allowed.length; i++) {
            if (!fields.get(i).values().isEmpty()) {
                allowed[i] = fields.get(i).values().stream().map(String::toCharArray).toArray(char[][]::new);
            }
        }
        return allowed;
    }

    private static boolean isAllowed(char[][] allowed, char[] chars, int start, int end) {
        int length = end - start;
        for (char[] candidate : allowed) {
            if (candidate.length == length && equalRange(candidate, chars, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalRange(char[] candidate, char[] chars, int start) {
        for (int k = 0; k < candidate.length; k++) {
            if (candidate[k] != chars[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static DateFormat[] dateFormats(List<FieldSpec> fields) {
        DateFormat[] formats = new DateFormat[fields.size()];
        for (int i = 0; i < formats.length; i++) {
            if (fields.get(i).type() == FieldType.DATE) {
                formats[i] = DateFormat.of(fields.get(i).format());
            }
        }
        return formats;
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    public Layout input() {
        return input;
    }

    public Layout output() {
        return output;
    }

    /**
     * Converts one record; returns the output values, or null after adding to {@code errors} every rule it breaks.
     */
    public String[] convert(RawRecord record, List<FieldError> errors) {
        if (single == null) {
            single = new RecordBatch(1);
            singleOutput = new OutputRecord(outFields.length);
        }
        single.set(record.line(), record.values());
        return convert(single, 0, errors, singleOutput) ? singleOutput.values() : null;
    }

    /**
     * Converts record {@code record} of {@code batch} into {@code out}; returns false after adding to {@code errors}
     * every rule it breaks, in which case {@code out} contains nothing usable.
     */
    public boolean convert(RecordBatch batch, int record, List<FieldError> errors, OutputRecord out) {
        int errorsBefore = errors.size();
        long line = batch.line(record);
        if (!cut(batch, record, errors)) {
            return false;
        }
        char[] chars = batch.chars();
        boolean linePrintable = fixedWidth && batch.isPrintableAscii(record, 0);
        for (int i = 0; i < inFields.length; i++) {
            boolean printable = fixedWidth ? linePrintable : batch.isPrintableAscii(record, columnOfField[i]);
            checkField(i, line, chars, printable, errors);
        }
        if (errors.size() > errorsBefore) {
            return false;
        }
        return toOutput(line, chars, errors, errorsBefore, out);
    }

    /** Checks input field {@code i} of the current record and notes its range, encodability and date. */
    private void checkField(int i, long line, char[] chars, boolean printable, List<FieldError> errors) {
        FieldSpec field = inFields[i];
        int start = starts[i];
        int end = ends[i];
        // Printable ASCII, which the batch noted while copying, passes the character check and encodes in any
        // output encoding (EncodableCharacters takes every character below U+0080 as encodable).
        if (printable) {
            encodableValue[i] = true;
        } else if (!checkCharacters(line, i, chars, start, end, errors)) {
            return;
        }
        FieldType type = inTypes[i];
        if (type != FieldType.TEXT) {
            // As String.strip does: white space at both ends, by Character.isWhitespace.
            while (start < end && isWhitespace(chars[start])) {
                start++;
            }
            while (end > start && isWhitespace(chars[end - 1])) {
                end--;
            }
            starts[i] = start;
            ends[i] = end;
        }
        if (start == end) {
            if (field.mandatory()) {
                errors.add(error(line, field, "", "mandatory", "value is missing; this field is mandatory"));
            }
            return;
        }
        int length = end - start;
        if (field.maxLength() >= 0 && length > field.maxLength()) {
            errors.add(error(line, field, text(chars, start, end), "max-length", "value has " + length
                    + " characters; at most " + field.maxLength() + " are allowed"));
        }
        switch (type) {
            case INTEGER -> checkInteger(line, field, chars, start, end, errors);
            case DECIMAL -> checkDecimal(line, field, field.scale(), chars, start, end, errors);
            case DATE -> {
                long packed = inputDates[i].parse(chars, start, end);
                if (packed < 0) {
                    errors.add(error(line, field, text(chars, start, end), "date", "invalid date; expected a real"
                            + " date written " + inputDates[i].pattern()));
                } else {
                    dates[i] = packed;
                }
            }
            default -> {
            }
        }
        if (inputValues[i] != null && !isAllowed(inputValues[i], chars, start, end)) {
            errors.add(error(line, field, text(chars, start, end), "values", "value is not one of "
                    + String.join(", ", field.values())));
        }
        if (inputPatterns[i] != null && !inputPatterns[i].reset(slice.of(chars, start, end)).matches()) {
            errors.add(error(line, field, text(chars, start, end), "pattern", "value does not match "
                    + field.pattern().pattern()));
        }
    }

    /** Returns Character.isWhitespace(c), skipping its table lookup for a printable ASCII character. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    /** Sets {@link #starts} and {@link #ends} to each input field's range; returns false if the record is cut wrong. */
    private boolean cut(RecordBatch batch, int record, List<FieldError> errors) {
        char[] chars = batch.chars();
        if (fixedWidth) {
            int lineStart = batch.start(record, 0);
            int lineEnd = batch.end(record, 0);
            int length = lineEnd - lineStart;
            if (length != input.recordLength()) {
                errors.add(new FieldError(batch.line(record), "-", wholeLine(text(chars, lineStart, lineEnd)),
                        "record-length", "line has " + length + " characters; layout " + input.id() + " expects "
                        + input.recordLength()));
                return false;
            }
            for (int i = 0; i < inFields.length; i++) {
                FieldSpec field = inFields[i];
                unpad(chars, lineStart + field.start() - 1, lineStart + field.end(), field, i);
            }
            return true;
        }
        int count = batch.valueCount(record);
        if (count != expectedColumns) {
            errors.add(new FieldError(batch.line(record), "-",
                    wholeLine(String.join(String.valueOf(separator), batch.values(record))),
                    "field-count", "line has " + count + " field" + (count > 1 ? "s" : "") + "; layout "
                    + input.id() + " expects " + expectedColumns + " separated by '"
                    + (separator == '\t' ? "tab" : String.valueOf(separator)) + "'"));
            return false;
        }
        for (int i = 0; i < inFields.length; i++) {
            starts[i] = batch.start(record, columnOfField[i]);
            ends[i] = batch.end(record, columnOfField[i]);
        }
        return true;
    }

    /** Sets the range of fixed-width field {@code index} to {@code chars[from..to)} without its padding. */
    private void unpad(char[] chars, int from, int to, FieldSpec field, int index) {
        char pad = field.pad();
        if (field.align() == FieldSpec.Align.LEFT) {
            while (to > from && chars[to - 1] == pad) {
                to--;
            }
        } else {
            while (from < to - 1 && chars[from] == pad) {
                from++;
            }
            if (from == to - 1 && chars[from] == pad && pad == ' ') {
                from = to;
            }
        }
        starts[index] = from;
        ends[index] = to;
    }

    /**
     * Checks input field {@code index} for control characters and line breaks, and notes in the same pass whether
     * the output encoding can write the value, so that a value copied unchanged needs no second look.
     */
    private boolean checkCharacters(long line, int index, char[] chars, int start, int end, List<FieldError> errors) {
        FieldSpec field = inFields[index];
        boolean[] writable = encodableCharacter;
        boolean allWritable = true;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c >= 0xA0 && c != 0xFFFD) {
                allWritable &= writable[c];
                continue;
            }
            if (c == '\t' && separator != '\t') {
                continue;
            }
            if ((c == '\n' || c == '\r') && !multiline) {
                errors.add(error(line, field, text(chars, start, end), "line-break", "value spans several lines; a"
                        + " quote is probably not closed (layout " + input.id() + " does not allow line breaks in"
                        + " values)"));
                return false;
            }
            if (c == '\n' || c == '\r') {
                continue;
            }
            errors.add(error(line, field, text(chars, start, end), "control-character", String.format("value contains"
                    + " the control character U+%04X at position %d; the file is probably binary or not %s", (int) c,
                    k - start + 1, input.charset().name())));
            return false;
        }
        encodableValue[index] = allWritable;
        return true;
    }

    private static void checkInteger(long line, FieldSpec field, char[] chars, int start, int end,
                                     List<FieldError> errors) {
        int first = chars[start] == '-' || chars[start] == '+' ? start + 1 : start;
        boolean valid = end > first;
        for (int k = first; k < end && valid; k++) {
            char c = chars[k];
            valid = c >= '0' && c <= '9';
        }
        if (!valid) {
            errors.add(error(line, field, text(chars, start, end), "integer", "invalid whole number; expected digits"
                    + " with an optional sign"));
        }
    }

    private static void checkDecimal(long line, FieldSpec field, int scale, char[] chars, int start, int end,
                                     List<FieldError> errors) {
        int first = chars[start] == '-' || chars[start] == '+' ? start + 1 : start;
        char decimalSeparator = field.decimalSeparator();
        int digits = 0;
        int decimals = -1;
        boolean valid = true;
        for (int k = first; k < end && valid; k++) {
            char c = chars[k];
            if (c >= '0' && c <= '9') {
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalSeparator && decimals < 0) {
                decimals = 0;
            } else {
                valid = false;
            }
        }
        if (!valid || digits == 0) {
            errors.add(error(line, field, text(chars, start, end), "decimal", "invalid decimal number; expected digits"
                    + " with '" + decimalSeparator + "' as the decimal separator"));
        } else if (scale >= 0 && decimals > scale) {
            errors.add(error(line, field, text(chars, start, end), "decimal", "value has " + decimals + " decimals; at"
                    + " most " + scale + " are allowed"));
        }
    }

    private boolean toOutput(long line, char[] chars, List<FieldError> errors, int errorsBefore, OutputRecord out) {
        out.reset(chars);
        for (int j = 0; j < outFields.length; j++) {
            FieldSpec target = outFields[j];
            int source = sourceOfOutput[j];
            int start = starts[source];
            int end = ends[source];
            if (checkedOnInput[j] && encodableValue[source]) {
                out.set(j, start, end);
                continue;
            }
            boolean knownEncodable = false;
            boolean copied = false;
            if (start != end && reformatDate[j]) {
                DateFormat format = outputDates[j];
                char[] scratch = out.reserve(format.width());
                out.setFromScratch(j, format.reformat(inputDates[source], chars, start, dates[source], scratch,
                        out.scratchUsed()));
            } else if (start != end && target.type() == FieldType.DECIMAL) {
                convertDecimal(line, inFields[source], target, chars, start, end, errors, out, j);
            } else {
                out.set(j, start, end);
                knownEncodable = encodableValue[source];
                copied = true;
            }
            char[] value = out.chars(j);
            start = out.start(j);
            end = out.end(j);
            int length = end - start;
            if (length == 0) {
                if (target.mandatory()) {
                    errors.add(error(line, target, "", "mandatory", "value is missing; layout " + output.id()
                            + " requires it"));
                }
            } else if (target.maxLength() >= 0 && length > target.maxLength()) {
                errors.add(error(line, target, text(value, start, end), "max-length", "value has " + length
                        + " characters but layout " + output.id() + " holds at most " + target.maxLength()
                        + " in this field"));
            } else if (outputValues[j] != null && !(copied && valuesCheckedOnInput[j])
                    && !isAllowed(outputValues[j], value, start, end)) {
                errors.add(error(line, target, text(value, start, end), "values", "value is not one of "
                        + String.join(", ", target.values()) + " that layout " + output.id() + " accepts"));
            }
            int bad = knownEncodable ? -1 : encodable.firstUnencodable(value, start, end);
            if (bad >= 0) {
                char c = value[start + bad];
                errors.add(error(line, target, text(value, start, end), "encoding", String.format("character '%s'"
                        + " (U+%04X) at position %d cannot be written in %s, the encoding of layout %s; replace it in"
                        + " the source record", target.sensitive() ? "*" : String.valueOf(c), (int) c, bad + 1,
                        output.charset().name(), output.id())));
            }
        }
        return errors.size() == errorsBefore;
    }

    /** Sets output value {@code index} to a decimal written with the target's separator, and checks its scale. */
    private static void convertDecimal(long line, FieldSpec origin, FieldSpec target, char[] chars, int start, int end,
                                       List<FieldError> errors, OutputRecord out, int index) {
        char from = origin.decimalSeparator();
        char to = target.decimalSeparator();
        int separatorAt = -1;
        if (from == to) {
            out.set(index, start, end);
            for (int k = start; k < end; k++) {
                if (chars[k] == to) {
                    separatorAt = k - start;
                    break;
                }
            }
        } else {
            char[] scratch = out.reserve(end - start);
            int offset = out.scratchUsed();
            for (int k = start; k < end; k++) {
                char c = chars[k];
                if (c == from) {
                    c = to;
                }
                if (c == to && separatorAt < 0) {
                    separatorAt = k - start;
                }
                scratch[offset + k - start] = c;
            }
            out.setFromScratch(index, offset + end - start);
        }
        if (target.scale() >= 0) {
            int decimals = separatorAt < 0 ? 0 : end - start - separatorAt - 1;
            if (decimals > target.scale()) {
                errors.add(error(line, target, text(chars, start, end), "decimal", "value has " + decimals
                        + " decimals; the output layout takes at most " + target.scale()));
            }
        }
    }

    /** Shows a whole line in a report, masked when the layout has a personal field that the line may contain. */
    private String wholeLine(String line) {
        return hasSensitiveField ? mask(line) : abbreviate(line);
    }

    private static String text(char[] chars, int start, int end) {
        return new String(chars, start, end - start);
    }

    static FieldError error(long line, FieldSpec field, String value, String rule, String message) {
        return new FieldError(line, field.name(), field.sensitive() ? mask(value) : abbreviate(value), rule, message);
    }

    /** Hides a personal value in a report, keeping only its length. */
    static String mask(String value) {
        return value.isEmpty() ? "" : "<masked, " + value.length() + " characters>";
    }

    private static String abbreviate(String value) {
        return value.length() <= 120 ? value : value.substring(0, 117) + "...";
    }

    /** A reusable view of a character range, for a regular expression to match without a string. */
    private static final class CharSlice implements CharSequence {

        private char[] chars;
        private int start;
        private int length;

        CharSlice of(char[] chars, int start, int end) {
            this.chars = chars;
            this.start = start;
            this.length = end - start;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException("index " + index + ", length " + length);
            }
            return chars[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return toString().substring(from, to);
        }

        @Override
        public String toString() {
            return new String(chars, start, length);
        }
    }
}
