package fr.passerelle.format.apogee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample files of the notes flow, and helpers to derive damaged or altered maquettes from the real one. */
final class Samples {

    static final Path FOLDER = Path.of("samples/apogee/notes");
    static final Path MAQUETTE = FOLDER.resolve("maquette-notes-7W29.TXT");
    static final Path MARKS = FOLDER.resolve("maquette-notes-7W29.csv");

    /** Line number of the XX-APO_VALEURS-XX header line in the real maquette. */
    static final int HEADER_LINE = 51;
    /** Line number of the first student row in the real maquette. */
    static final int FIRST_ROW = 52;
    static final int STUDENT_COUNT = 25;

    private Samples() {
    }

    static byte[] realMaquette() {
        try {
            return Files.readAllBytes(MAQUETTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the real maquette as text, one char per byte, so that it can be edited and turned back into bytes. */
    static String realMaquetteText() {
        return latin1(realMaquette());
    }

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Maquette realMaquetteRead() {
        try {
            return MaquetteReader.read(realMaquette());
        } catch (MaquetteFormatException e) {
            throw new AssertionError("the real maquette must be readable", e);
        }
    }

    static Maquette read(String latin1Text) throws MaquetteFormatException {
        return MaquetteReader.read(latin1(latin1Text));
    }

    /** Returns the CRLF-separated lines of a text, the last one without its line break. */
    static String[] lines(String text) {
        return text.split("\r\n", -1);
    }

    /** Joins lines with CRLF, as Apogée writes them. */
    static String crlf(String... lines) {
        return String.join("\r\n", lines);
    }

    /** Returns the real maquette with line {@code lineNumber} (from 1) replaced by {@code replacement}. */
    static String withLine(int lineNumber, String replacement) {
        String[] lines = lines(realMaquetteText());
        lines[lineNumber - 1] = replacement;
        return String.join("\r\n", lines);
    }

    /** Returns the real maquette with an extra line inserted before line {@code lineNumber} (from 1). */
    static String withLineBefore(int lineNumber, String inserted) {
        String[] lines = lines(realMaquetteText());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lineNumber - 1) {
                text.append(inserted).append("\r\n");
            }
            text.append(lines[i]);
            if (i < lines.length - 1) {
                text.append("\r\n");
            }
        }
        return text.toString();
    }

    /** Returns line {@code lineNumber} (from 1) of the real maquette. */
    static String line(int lineNumber) {
        return lines(realMaquetteText())[lineNumber - 1];
    }
}
