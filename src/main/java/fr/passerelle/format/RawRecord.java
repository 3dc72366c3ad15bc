package fr.passerelle.format;

/**
 * One record as cut from a file, before any check.
 *
 * @param line   line number (1-based) where the record starts
 * @param values the field values of a delimited record, or the whole line of a fixed-width record
 */
public record RawRecord(long line, String[] values) {
}
