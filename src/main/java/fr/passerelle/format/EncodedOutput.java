package fr.passerelle.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encodes characters straight into a large byte buffer and writes it to a stream when full, failing, rather than
 * writing '?', on a character the encoding cannot hold.
 *
 * <p>A single-byte encoding takes one table read per character and UTF-8 is encoded inline; any other encoding goes
 * through a reused {@link CharsetEncoder}. This replaces an {@link java.io.OutputStreamWriter}, whose encoder runs
 * on every small write, behind the sinks of delimited and fixed-width files.
 *
 * <p>{@link #writePlain} encodes a value and checks in the same pass that it contains none of the special characters
 * given at construction (a delimited file's separator, quote and line breaks), so that most values of a delimited
 * file are read once.
 */
final class EncodedOutput implements Closeable {

    static final int BUFFER_SIZE = 256 * 1024;

    private static final short UNENCODABLE = -1;
    private static final short SPECIAL = -2;

    private final OutputStream out;
    private final EncodableCharacters table;
    private final boolean utf8;
    /** For a single-byte encoding: each character's byte, {@link #UNENCODABLE} or {@link #SPECIAL}; else null. */
    private final short[] codes;
    private final boolean[] asciiSpecials = new boolean[128];
    /** The bytes of the special characters, which {@link #codes} marks {@link #SPECIAL}. */
    private final byte[] specialBytes = new byte[128];
    private final CharsetEncoder encoder;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final char[] single = new char[1];
    private char[] scratch = new char[256];
    private int position;

    /**
     * Creates an output in the encoding of {@code table}.
     *
     * @param specials characters that make {@link #writePlain} refuse a value; each must be below U+0080
     */
    EncodedOutput(OutputStream out, EncodableCharacters table, char... specials) {
        this.out = out;
        this.table = table;
        this.utf8 = table.charset().equals(StandardCharsets.UTF_8);
        this.codes = table.singleByte() ? table.singleByteCodes() : null;
        for (char c : specials) {
            if (c >= 0x80) {
                throw new IllegalArgumentException(String.format("special character U+%04X is not ASCII", (int) c));
            }
            asciiSpecials[c] = true;
            if (codes != null && codes[c] >= 0) {
                specialBytes[c] = (byte) codes[c];
                codes[c] = SPECIAL;
            }
        }
        this.encoder = codes != null || utf8 ? null : table.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    void write(char c) throws IOException {
        int code = codes == null ? UNENCODABLE : codes[c];
        if (code == SPECIAL) {
            code = specialBytes[c] & 0xFF;
        }
        if (code >= 0) {
            if (position == BUFFER_SIZE) {
                flushBuffer();
            }
            buffer[position++] = (byte) code;
        } else {
            single[0] = c;
            write(single, 0, 1);
        }
    }

    void write(String text) throws IOException {
        int length = text.length();
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        text.getChars(0, length, scratch, 0);
        write(scratch, 0, length);
    }

    /** Encodes {@code chars[start..end)}, special characters included. */
    void write(char[] chars, int start, int end) throws IOException {
        if (codes != null) {
            writeSingleBytes(chars, start, end);
        } else if (utf8) {
            writeUtf8(chars, start, end);
        } else {
            writeEncoded(chars, start, end);
        }
    }

    /**
     * Encodes {@code chars[start..end)} unless it contains a special character; returns false, having written nothing,
     * if it does.
     */
    boolean writePlain(char[] chars, int start, int end) throws IOException {
        int length = end - start;
        // UTF-8 takes at most 3 bytes per character, a surrogate pair 4 bytes for 2 characters.
        int room = codes != null ? length : length * 3;
        if (codes == null && !utf8 || room > BUFFER_SIZE) {
            if (containsSpecial(chars, start, end)) {
                return false;
            }
            write(chars, start, end);
            return true;
        }
        if (position + room > BUFFER_SIZE) {
            flushBuffer();
        }
        return codes != null ? plainSingleBytes(chars, start, end) : plainUtf8(chars, start, end);
    }

    private boolean plainSingleBytes(char[] chars, int start, int end) throws IOException {
        short[] table = codes;
        byte[] bytes = buffer;
        int p = position;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            int code = table[c];
            if (code < 0) {
                if (code == SPECIAL) {
                    return false;
                }
                throw unmappable(c);
            }
            bytes[p++] = (byte) code;
        }
        position = p;
        return true;
    }

    private boolean plainUtf8(char[] chars, int start, int end) throws IOException {
        byte[] bytes = buffer;
        int p = position;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (asciiSpecials[c]) {
                    return false;
                }
                bytes[p++] = (byte) c;
            } else {
                position = p;
                i = encodeUtf8(chars, i, end);
                p = position;
            }
        }
        position = p;
        return true;
    }

    private boolean containsSpecial(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && asciiSpecials[c]) {
                return true;
            }
        }
        return false;
    }

    private void writeSingleBytes(char[] chars, int start, int end) throws IOException {
        short[] table = codes;
        int i = start;
        while (i < end) {
            if (position == BUFFER_SIZE) {
                flushBuffer();
            }
            int stop = Math.min(end, i + BUFFER_SIZE - position);
            byte[] bytes = buffer;
            int p = position;
            for (; i < stop; i++) {
                char c = chars[i];
                int code = table[c];
                if (code == SPECIAL) {
                    code = specialBytes[c] & 0xFF;
                } else if (code < 0) {
                    position = p;
                    throw unmappable(c);
                }
                bytes[p++] = (byte) code;
            }
            position = p;
        }
    }

    private void writeUtf8(char[] chars, int start, int end) throws IOException {
        for (int i = start; i < end; i++) {
            if (position > BUFFER_SIZE - 4) {
                flushBuffer();
            }
            char c = chars[i];
            if (c < 0x80) {
                buffer[position++] = (byte) c;
            } else {
                i = encodeUtf8(chars, i, end);
            }
        }
    }

    /**
     * Encodes the non-ASCII character at {@code chars[i]}, with the next one if they are a surrogate pair, and
     * returns the index of the last character used; the buffer must have 4 bytes of room.
     */
    private int encodeUtf8(char[] chars, int i, int end) throws IOException {
        byte[] bytes = buffer;
        char c = chars[i];
        if (c < 0x800) {
            bytes[position++] = (byte) (0xC0 | c >> 6);
            bytes[position++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            bytes[position++] = (byte) (0xE0 | c >> 12);
            bytes[position++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[position++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
            int code = Character.toCodePoint(c, chars[++i]);
            bytes[position++] = (byte) (0xF0 | code >> 18);
            bytes[position++] = (byte) (0x80 | code >> 12 & 0x3F);
            bytes[position++] = (byte) (0x80 | code >> 6 & 0x3F);
            bytes[position++] = (byte) (0x80 | code & 0x3F);
        } else {
            throw unmappable(c);
        }
        return i;
    }

    private void writeEncoded(char[] chars, int start, int end) throws IOException {
        CharBuffer in = CharBuffer.wrap(chars, start, end - start);
        while (true) {
            ByteBuffer target = ByteBuffer.wrap(buffer, position, BUFFER_SIZE - position);
            CoderResult result = encoder.encode(in, target, false);
            position = target.position();
            if (result.isError()) {
                throw unmappable(in.get(in.position()));
            }
            if (result.isOverflow()) {
                flushBuffer();
            } else if (in.hasRemaining()) {
                // A high surrogate at the end of the text: the next write is another value, never its pair.
                throw unmappable(in.get(in.position()));
            } else {
                return;
            }
        }
    }

    /**
     * Returns the table of a single-byte encoding, indexed by character, or null for another encoding. An entry is
     * the byte (0 to 255), or a negative number for a special character or one the encoding cannot write. Callers
     * that write with {@link #room} must not modify it.
     */
    short[] singleByteCodes() {
        return codes;
    }

    /** Returns the byte of {@code c}, special or not, in a single-byte encoding, or -1 if it has none. */
    int byteOf(char c) {
        int code = codes[c];
        return code == SPECIAL ? specialBytes[c] & 0xFF : code;
    }

    /**
     * Returns the buffer, with room for {@code length} bytes from {@link #position()}, after writing it out if it had
     * less; a caller that fills it then moves {@link #position(int)} past what it wrote.
     */
    byte[] room(int length) throws IOException {
        if (length > BUFFER_SIZE) {
            throw new IllegalArgumentException("room for " + length + " bytes exceeds the buffer of " + BUFFER_SIZE);
        }
        if (position + length > BUFFER_SIZE) {
            flushBuffer();
        }
        return buffer;
    }

    int position() {
        return position;
    }

    void position(int position) {
        this.position = position;
    }

    private IOException unmappable(char c) {
        return new IOException(String.format("character U+%04X cannot be written in %s: the record reached the output"
                + " file without its encoding check", (int) c, table.charset().name()));
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            if (encoder != null) {
                ByteBuffer target = ByteBuffer.wrap(buffer, position, BUFFER_SIZE - position);
                encoder.encode(CharBuffer.allocate(0), target, true);
                encoder.flush(target);
                position = target.position();
            }
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
