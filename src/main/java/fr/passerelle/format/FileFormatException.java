package fr.passerelle.format;

/**
 * Fault of the whole file rather than of one record (wrong encoding, missing header column, unreadable structure),
 * so that no record of it can be trusted.
 */
public class FileFormatException extends RuntimeException {

    private final long line;
    private final String rule;

    public FileFormatException(long line, String rule, String message) {
        super(message);
        this.line = line;
        this.rule = rule;
    }

    /** Line (1-based) where the fault was found, 0 when it is not tied to a line. */
    public long line() {
        return line;
    }

    /** Short name of the broken rule, as in reports: {@code encoding}, {@code header}, {@code structure}. */
    public String rule() {
        return rule;
    }
}
