package fr.passerelle.format.apogee;

/**
 * Well-formed student row of the XX-APO_VALEURS-XX section.
 *
 * <p>Apogée writes the student number, the name, the first name, the birth date and then one field per value column,
 * in the order of the section's header line. When a row has name and first name in one field (as anonymised exports
 * have), every later field sits one place to the left, which {@link #combinedName()} records.
 *
 * @param lineNumber    line of the row in the maquette, from 1
 * @param studentNumber Apogée student number (COD_ETU), digits only
 * @param combinedName  true when name and first name share one field
 * @param fieldCount    number of tab-separated fields in the row, kept so that the writer keeps it too
 */
public record StudentRow(int lineNumber, String studentNumber, boolean combinedName, int fieldCount) {

    /** Returns the position in this row of the field whose header position is {@code headerIndex}. */
    public int fieldIndex(int headerIndex) {
        return combinedName && headerIndex >= 2 ? headerIndex - 1 : headerIndex;
    }
}
