package fr.passerelle.format.apogee;

/**
 * Value to write into one field of a maquette: a mark, a special mark or a result code.
 *
 * @param row    the student row
 * @param column the value column
 * @param value  the text Apogée will import, already in its final form (decimal comma, upper-case code)
 */
public record FieldValue(StudentRow row, MaquetteColumn column, String value) {
}
