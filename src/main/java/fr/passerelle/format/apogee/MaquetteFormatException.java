package fr.passerelle.format.apogee;

/** Raised when a file cannot be read as an Apogée maquette at all: empty, binary, wrongly encoded, a section missing. */
public class MaquetteFormatException extends Exception {

    private final int lineNumber;

    /**
     * @param lineNumber line where the problem was found, from 1, or 0 when it concerns the whole file
     * @param message    what is wrong and what to do
     */
    public MaquetteFormatException(int lineNumber, String message) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
