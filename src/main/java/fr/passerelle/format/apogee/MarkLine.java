package fr.passerelle.format.apogee;

/**
 * One line of a marks file, fields trimmed.
 *
 * @param lineNumber line in the marks file, from 1 (the header is line 1)
 * @param student    Apogée student number
 * @param element    code of the Apogée object the mark is for, such as {@code 7WGA4}
 * @param mark       the mark as written (12.5, 12,5, ABI...), empty when the line gives only a result
 * @param result     the result code (ADM, AJ...), empty when the line gives none
 */
public record MarkLine(long lineNumber, String student, String element, String mark, String result) {
}
