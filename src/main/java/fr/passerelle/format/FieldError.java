package fr.passerelle.format;

/**
 * One broken rule in one record, as a report line.
 *
 * @param line    line (1-based) where the record starts
 * @param field   field name, or {@code -} when the fault is the whole line
 * @param value   the value as read, already masked when the field is sensitive
 * @param rule    short rule name: {@code mandatory}, {@code max-length}, {@code date}, {@code encoding}...
 * @param message what is wrong and what is expected
 */
public record FieldError(long line, String field, String value, String rule, String message) {
}
