package fr.passerelle.format.apogee;

/**
 * Mark line that was not placed in the maquette, and why.
 *
 * @param marksFile name of the marks file
 * @param line      line in the marks file, from 1
 * @param student   student number as written, possibly empty
 * @param element   element code as written, possibly empty
 * @param value     the value the rule concerns: the mark, the result code, or both
 * @param rule      the rule broken
 * @param detail    what is wrong and what to do, in a sentence
 */
public record MarkRejection(String marksFile, long line, String student, String element, String value, MarkRule rule,
        String detail) {

    /** Formats the rejection as one line of the report. */
    public String reportLine() {
        return marksFile + " line " + line + ": student " + orDash(student) + ", element " + orDash(element)
                + ", value \"" + value + "\": " + rule.id() + ": " + detail;
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
