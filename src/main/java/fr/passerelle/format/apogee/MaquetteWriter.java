package fr.passerelle.format.apogee;

import fr.passerelle.format.apogee.Maquette.Line;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a filled maquette: every byte of the original file, except the value fields given.
 *
 * <p>Lines that receive no value are copied byte for byte, line breaks included. In a line that receives values, only
 * those fields change, and the row keeps its number of fields, its tabs and its trailing tab.
 */
public final class MaquetteWriter {

    private MaquetteWriter() {
    }

    /**
     * Returns the bytes of the maquette with the values in place.
     *
     * @throws IllegalArgumentException when a value contains a tab or a line break, cannot be encoded in ISO-8859-1,
     *                                  falls outside its row, or two values target the same field
     */
    public static byte[] write(Maquette maquette, Collection<FieldValue> values) {
        Map<Integer, Map<Integer, String>> valuesByLine = new HashMap<>();
        for (FieldValue value : values) {
            checkValue(value);
            int index = maquette.fieldIndex(value.row(), value.column());
            if (index >= value.row().fieldCount()) {
                throw new IllegalArgumentException("column " + value.column().id() + " falls outside the row on line "
                        + value.row().lineNumber());
            }
            String previous = valuesByLine.computeIfAbsent(value.row().lineNumber(), line -> new TreeMap<>())
                    .put(index, value.value());
            if (previous != null) {
                throw new IllegalArgumentException("two values for column " + value.column().id() + " on line "
                        + value.row().lineNumber());
            }
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Line line : maquette.lines()) {
            Map<Integer, String> changes = valuesByLine.get(line.number());
            out.writeBytes(changes == null ? line.content() : replaceFields(line, changes));
            out.writeBytes(line.terminator());
        }
        return out.toByteArray();
    }

    private static byte[] replaceFields(Line line, Map<Integer, String> changes) {
        String[] fields = Maquette.fields(line);
        changes.forEach((index, value) -> fields[index] = value);
        return encode(String.join("\t", fields));
    }

    private static void checkValue(FieldValue value) {
        String text = value.value();
        if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("the value for column " + value.column().id() + " on line "
                    + value.row().lineNumber() + " contains a tab or a line break");
        }
        encode(text);
    }

    /** Encodes in ISO-8859-1, raising instead of writing '?' for a character the charset lacks. */
    static byte[] encode(String text) {
        CharsetEncoder encoder = StandardCharsets.ISO_8859_1.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("\"" + text + "\" cannot be encoded in ISO-8859-1", e);
        }
    }
}
