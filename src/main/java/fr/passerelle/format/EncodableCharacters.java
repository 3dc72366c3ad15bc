package fr.passerelle.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table of the characters an encoding can write, built once per encoding, so a value is checked in one pass
 * without the cost of {@link CharsetEncoder#canEncode(CharSequence)} on every value.
 *
 * <p>For an encoding of one byte per character (ISO-8859-1, ISO-8859-15, windows-1252...), the table also gives each
 * character's byte, so {@link EncodedOutput} encodes with one array read per character.
 */
public final class EncodableCharacters {

    private static final Map<Charset, EncodableCharacters> CACHE = new ConcurrentHashMap<>();

    private final Charset charset;
    /**
     * Indexed by character; a plain array, because a BitSet lookup costs several times more per character. Every
     * character below U+0080 counts as encodable, as {@link #firstUnencodable} has it.
     */
    private final boolean[] encodable;
    private final boolean unicode;
    /** For a single-byte encoding, each character's byte (0 to 255), or -1 where it has none; null otherwise. */
    private final short[] singleBytes;

    private EncodableCharacters(Charset charset) {
        this.charset = charset;
        this.unicode = charset.equals(StandardCharsets.UTF_8);
        this.encodable = new boolean[65536];
        short[] bytes = null;
        if (unicode) {
            Arrays.fill(encodable, true);
            // A surrogate is encodable only as half of a pair, which firstUnencodable checks.
            Arrays.fill(encodable, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, false);
        } else {
            CharsetEncoder encoder = charset.newEncoder();
            boolean singleByte = encoder.maxBytesPerChar() == 1.0f;
            bytes = singleByte ? new short[65536] : null;
            if (singleByte) {
                Arrays.fill(bytes, (short) -1);
            }
            char[] one = new char[1];
            ByteBuffer encoded = ByteBuffer.allocate(8);
            for (int c = 0; c < 65536; c++) {
                if (c < 0x80) {
                    encodable[c] = true;
                }
                if (!Character.isSurrogate((char) c) && encoder.canEncode((char) c)) {
                    encodable[c] = true;
                    if (singleByte) {
                        one[0] = (char) c;
                        encoded.clear();
                        encoder.reset();
                        CharBuffer in = CharBuffer.wrap(one);
                        try {
                            encoded.put(encoder.encode(in));
                        } catch (CharacterCodingException e) {
                            throw new IllegalStateException(charset + " reports U+" + Integer.toHexString(c)
                                    + " as encodable but fails to encode it", e);
                        }
                        bytes[c] = (short) (encoded.get(0) & 0xFF);
                    }
                }
            }
        }
        this.singleBytes = bytes;
    }

    public static EncodableCharacters of(Charset charset) {
        return CACHE.computeIfAbsent(charset, EncodableCharacters::new);
    }

    /** Returns the index of the first character {@code text} cannot be written with, or -1 if all can. */
    public int firstUnencodable(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (unicode) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return i;
                }
            } else if (!encodable[c]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the offset from {@code start} of the first character of {@code chars[start..end)} that cannot be
     * written, or -1 if all can.
     */
    public int firstUnencodable(char[] chars, int start, int end) {
        if (!unicode) {
            boolean[] table = encodable;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (!table[c]) {
                    return i - start;
                }
            }
            return -1;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    return i - start;
                }
            }
        }
        return -1;
    }

    /**
     * Returns the table, indexed by character, of what the encoding writes alone, by the rules of
     * {@link #firstUnencodable}: true below U+0080, false for a surrogate, whose pair firstUnencodable checks. Callers
     * must not modify it.
     */
    boolean[] table() {
        return encodable;
    }

    /** Returns whether the encoding writes one byte per character, found with {@link #singleByteCodes()}. */
    boolean singleByte() {
        return singleBytes != null;
    }

    /**
     * Returns a copy of the table of a single-byte encoding, indexed by character: the byte (0 to 255), or -1 for a
     * character the encoding cannot write.
     */
    short[] singleByteCodes() {
        return singleBytes.clone();
    }

    public Charset charset() {
        return charset;
    }
}
