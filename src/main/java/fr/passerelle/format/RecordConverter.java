package fr.passerelle.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks each record of an input layout and converts it to the values of an output layout.
 *
 * <p>Output fields take the value of the input field they name in {@code from} (by default the field of the same
 * name); dates are rewritten in the output format, decimals with the output separator. Every broken rule of a
 * record is reported, not only the first, so that one report is enough to mend the file.
 */
public final class RecordConverter {

    private final Layout input;
    private final Layout output;
    private final int[] columnOfField;
    private final int expectedColumns;
    private final DateFormat[] inputDates;
    private final DateFormat[] outputDates;
    private final String[][] inputValues;
    private final String[][] outputValues;
    private final int[] sourceOfOutput;
    private final EncodableCharacters encodable;
    private final boolean hasSensitiveField;

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
        List<FieldSpec> inFields = input.fields();
        this.columnOfField = new int[inFields.size()];
        if (input.format() == Layout.Format.DELIMITED && input.header() && header != null) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < columnOfField.length; i++) {
                columnOfField[i] = indexOf(header, inFields.get(i).column());
                if (columnOfField[i] < 0) {
                    missing.add(inFields.get(i).column());
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
            this.expectedColumns = inFields.size();
        }
        this.inputDates = dateFormats(inFields);
        this.inputValues = allowedValues(inFields);
        this.outputValues = allowedValues(output.fields());
        this.outputDates = dateFormats(output.fields());
        this.sourceOfOutput = new int[output.fields().size()];
        for (int j = 0; j < sourceOfOutput.length; j++) {
            FieldSpec out = output.fields().get(j);
            int source = -1;
            for (int i = 0; i < inFields.size(); i++) {
                if (inFields.get(i).name().equals(out.from())) {
                    source = i;
                }
            }
            if (source < 0) {
                throw new LayoutException("Layout " + output.source() + ": field '" + out.name() + "' takes its value from '"
                        + out.from() + "', which layout " + input.id() + " does not have");
            }
            FieldType inType = inFields.get(source).type();
            if (out.type() != FieldType.TEXT && out.type() != inType) {
                throw new LayoutException("Layout " + output.source() + ": field '" + out.name() + "' is "
                        + out.type().name().toLowerCase(Locale.ROOT) + " but its source '" + out.from() + "' in "
                        + input.id() + " is " + inType.name().toLowerCase(Locale.ROOT));
            }
            sourceOfOutput[j] = source;
        }
        this.encodable = EncodableCharacters.of(output.charset());
        this.hasSensitiveField = inFields.stream().anyMatch(FieldSpec::sensitive);
    }

    /** Copies each field's allowed values to an array: a few equals calls cost less than hashing each new value. */
    private static String[][] allowedValues(List<FieldSpec> fields) {
        String[][] allowed = new String[fields.size()][];
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = fields.get(i).values().toArray(String[]::new);
        }
        return allowed;
    }

    private static boolean isAllowed(String[] allowed, String value) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
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
        int errorsBefore = errors.size();
        String[] values = cut(record, errors);
        if (values == null) {
            return null;
        }
        List<FieldSpec> inFields = input.fields();
        long[] dates = null;
        for (int i = 0; i < values.length; i++) {
            FieldSpec field = inFields.get(i);
            String value = values[i];
            if (!checkCharacters(record.line(), field, value, errors)) {
                continue;
            }
            if (field.type() != FieldType.TEXT) {
                value = value.strip();
                values[i] = value;
            }
            if (value.isEmpty()) {
                if (field.mandatory()) {
                    errors.add(error(record.line(), field, value, "mandatory", "value is missing; this field is mandatory"));
                }
                continue;
            }
            if (field.maxLength() >= 0 && value.length() > field.maxLength()) {
                errors.add(error(record.line(), field, value, "max-length", "value has " + value.length()
                        + " characters; at most " + field.maxLength() + " are allowed"));
            }
            switch (field.type()) {
                case INTEGER -> checkInteger(record.line(), field, value, errors);
                case DECIMAL -> checkDecimal(record.line(), field, field.scale(), value, errors);
                case DATE -> {
                    long packed = inputDates[i].parse(value);
                    if (packed < 0) {
                        errors.add(error(record.line(), field, value, "date", "invalid date; expected a real date written "
                                + inputDates[i].pattern()));
                    } else {
                        if (dates == null) {
                            dates = new long[values.length];
                        }
                        dates[i] = packed;
                    }
                }
                default -> {
                }
            }
            if (!field.values().isEmpty() && !isAllowed(inputValues[i], value)) {
                errors.add(error(record.line(), field, value, "values", "value is not one of "
                        + String.join(", ", field.values())));
            }
            if (field.pattern() != null && !field.pattern().matcher(value).matches()) {
                errors.add(error(record.line(), field, value, "pattern", "value does not match " + field.pattern().pattern()));
            }
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        return toOutput(record.line(), values, dates, errors, errorsBefore);
    }

    private String[] cut(RawRecord record, List<FieldError> errors) {
        List<FieldSpec> inFields = input.fields();
        if (input.format() == Layout.Format.FIXED) {
            String line = record.values()[0];
            if (line.length() != input.recordLength()) {
                errors.add(new FieldError(record.line(), "-", wholeLine(line), "record-length", "line has " + line.length()
                        + " characters; layout " + input.id() + " expects " + input.recordLength()));
                return null;
            }
            String[] values = new String[inFields.size()];
            for (int i = 0; i < values.length; i++) {
                FieldSpec field = inFields.get(i);
                values[i] = unpad(line.substring(field.start() - 1, field.end()), field);
            }
            return values;
        }
        String[] raw = record.values();
        if (raw.length != expectedColumns) {
            errors.add(new FieldError(record.line(), "-", wholeLine(String.join(String.valueOf(input.separator()), raw)),
                    "field-count", "line has " + raw.length + " field" + (raw.length > 1 ? "s" : "") + "; layout "
                    + input.id() + " expects " + expectedColumns + " separated by '"
                    + (input.separator() == '\t' ? "tab" : String.valueOf(input.separator())) + "'"));
            return null;
        }
        String[] values = new String[inFields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = raw[columnOfField[i]];
        }
        return values;
    }

    private static String unpad(String value, FieldSpec field) {
        char pad = field.pad();
        int from = 0;
        int to = value.length();
        if (field.align() == FieldSpec.Align.LEFT) {
            while (to > 0 && value.charAt(to - 1) == pad) {
                to--;
            }
        } else {
            while (from < to - 1 && value.charAt(from) == pad) {
                from++;
            }
            if (from == to - 1 && value.charAt(from) == pad && pad == ' ') {
                from = to;
            }
        }
        return value.substring(from, to);
    }

    private boolean checkCharacters(long line, FieldSpec field, String value, List<FieldError> errors) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c != 0xFFFD) {
                continue;
            }
            if (c == '\t' && input.separator() != '\t') {
                continue;
            }
            if ((c == '\n' || c == '\r') && !input.multiline()) {
                errors.add(error(line, field, value, "line-break", "value spans several lines; a quote is probably not"
                        + " closed (layout " + input.id() + " does not allow line breaks in values)"));
                return false;
            }
            if (c == '\n' || c == '\r') {
                continue;
            }
            errors.add(error(line, field, value, "control-character", String.format("value contains the control"
                    + " character U+%04X at position %d; the file is probably binary or not %s", (int) c, k + 1,
                    input.charset().name())));
            return false;
        }
        return true;
    }

    private static void checkInteger(long line, FieldSpec field, String value, List<FieldError> errors) {
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        boolean valid = value.length() > start;
        for (int k = start; k < value.length() && valid; k++) {
            char c = value.charAt(k);
            valid = c >= '0' && c <= '9';
        }
        if (!valid) {
            errors.add(error(line, field, value, "integer", "invalid whole number; expected digits with an optional sign"));
        }
    }

    private static void checkDecimal(long line, FieldSpec field, int scale, String value, List<FieldError> errors) {
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int decimals = -1;
        boolean valid = true;
        for (int k = start; k < value.length() && valid; k++) {
            char c = value.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == field.decimalSeparator() && decimals < 0) {
                decimals = 0;
            } else {
                valid = false;
            }
        }
        if (!valid || digits == 0) {
            errors.add(error(line, field, value, "decimal", "invalid decimal number; expected digits with '"
                    + field.decimalSeparator() + "' as the decimal separator"));
        } else if (scale >= 0 && decimals > scale) {
            errors.add(error(line, field, value, "decimal", "value has " + decimals + " decimals; at most " + scale
                    + " are allowed"));
        }
    }

    private String[] toOutput(long line, String[] values, long[] dates, List<FieldError> errors, int errorsBefore) {
        List<FieldSpec> inFields = input.fields();
        List<FieldSpec> outFields = output.fields();
        String[] out = new String[outFields.size()];
        for (int j = 0; j < out.length; j++) {
            FieldSpec target = outFields.get(j);
            int source = sourceOfOutput[j];
            FieldSpec origin = inFields.get(source);
            String value = values[source];
            if (!value.isEmpty() && target.type() == FieldType.DATE && !outputDates[j].pattern().equals(inputDates[source].pattern())) {
                value = outputDates[j].format(dates[source]);
            } else if (!value.isEmpty() && target.type() == FieldType.DECIMAL) {
                value = convertDecimal(line, origin, target, value, errors);
            }
            if (value.isEmpty()) {
                if (target.mandatory()) {
                    errors.add(error(line, target, value, "mandatory", "value is missing; layout " + output.id()
                            + " requires it"));
                }
            } else if (target.maxLength() >= 0 && value.length() > target.maxLength()) {
                errors.add(error(line, target, value, "max-length", "value has " + value.length() + " characters but"
                        + " layout " + output.id() + " holds at most " + target.maxLength() + " in this field"));
            } else if (!target.values().isEmpty() && !isAllowed(outputValues[j], value)) {
                errors.add(error(line, target, value, "values", "value is not one of " + String.join(", ", target.values())
                        + " that layout " + output.id() + " accepts"));
            }
            int bad = encodable.firstUnencodable(value);
            if (bad >= 0) {
                errors.add(error(line, target, value, "encoding", String.format("character '%s' (U+%04X) at position %d"
                        + " cannot be written in %s, the encoding of layout %s; replace it in the source record",
                        target.sensitive() ? "*" : String.valueOf(value.charAt(bad)), (int) value.charAt(bad), bad + 1,
                        output.charset().name(), output.id())));
            }
            out[j] = value;
        }
        return errors.size() == errorsBefore ? out : null;
    }

    private static String convertDecimal(long line, FieldSpec origin, FieldSpec target, String value,
                                         List<FieldError> errors) {
        String converted = origin.decimalSeparator() == target.decimalSeparator() ? value
                : value.replace(origin.decimalSeparator(), target.decimalSeparator());
        if (target.scale() >= 0) {
            int separator = converted.indexOf(target.decimalSeparator());
            int decimals = separator < 0 ? 0 : converted.length() - separator - 1;
            if (decimals > target.scale()) {
                errors.add(error(line, target, value, "decimal", "value has " + decimals + " decimals; the output"
                        + " layout takes at most " + target.scale()));
            }
        }
        return converted;
    }

    /** Shows a whole line in a report, masked when the layout has a personal field that the line may contain. */
    private String wholeLine(String line) {
        return hasSensitiveField ? mask(line) : abbreviate(line);
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
}
