package fr.passerelle.format.apogee;

/** Raised when a marks file cannot be read at all: binary, UTF-16, no header, an unknown or missing column. */
public class MarksFormatException extends Exception {

    private final long lineNumber;

    /**
     * @param lineNumber line where the problem was found, from 1, or 0 when it concerns the whole file
     * @param message    what is wrong and what to do
     */
    public MarksFormatException(long lineNumber, String message) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message);
        this.lineNumber = lineNumber;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
