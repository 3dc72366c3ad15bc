package fr.passerelle.format;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of a record layout.
 *
 * @param name        name used in reports and to match a field of one layout with the field of another
 * @param column      header label of the column in a delimited file with a header line
 * @param type        how the value is checked and converted
 * @param format      date format ({@code dd/MM/yyyy}, {@code yyyyMMdd}...) for a date
 * @param decimalSeparator {@code ','} or {@code '.'} for a decimal
 * @param scale       maximum number of digits after the decimal separator, -1 for no limit
 * @param mandatory   whether an empty value is an error
 * @param maxLength   maximum number of characters, -1 for no limit; the width of the field in a fixed-width layout
 * @param start       first column (1-based) of the field in a fixed-width layout, 0 in a delimited one
 * @param align       how a fixed-width value is padded: {@code LEFT} (text) or {@code RIGHT} (numbers)
 * @param pad         the padding character of a fixed-width value
 * @param values      allowed values, empty for any
 * @param pattern     regular expression the whole value must match, or null
 * @param sensitive   whether the value is personal data (NIR, IBAN) that reports must mask
 * @param from        name of the input field this output field takes its value from
 * @param path        where a layout written from canonical JSON finds the value: a JSON pointer such as
 *                    {@code /crossReferences/harpege}, whose array steps may select an element, as in
 *                    {@code /assignments[principal=true]/structureCode}; null for other layouts
 * @param map         translation of canonical values to the file's codes (for example true to O), empty for none
 */
public record FieldSpec(
        String name,
        String column,
        FieldType type,
        String format,
        char decimalSeparator,
        int scale,
        boolean mandatory,
        int maxLength,
        int start,
        Align align,
        char pad,
        Set<String> values,
        Pattern pattern,
        boolean sensitive,
        String from,
        String path,
        java.util.Map<String, String> map) {

    /** Side on which a fixed-width value is written, the padding going on the other side. */
    public enum Align {
        LEFT, RIGHT
    }

    /** Returns the last column (1-based, inclusive) of a fixed-width field. */
    public int end() {
        return start + maxLength - 1;
    }
}
