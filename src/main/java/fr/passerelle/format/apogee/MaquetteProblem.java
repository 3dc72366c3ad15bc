package fr.passerelle.format.apogee;

/**
 * Malformed row of a maquette, which the reader reports and the writer leaves unchanged.
 *
 * @param lineNumber line of the row in the maquette, from 1
 * @param message    what is wrong with it and what to do
 */
public record MaquetteProblem(int lineNumber, String message) {
}
