package fr.passerelle.format;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table of the characters an encoding can write, built once per encoding, so a value is checked in one pass
 * without the cost of {@link CharsetEncoder#canEncode(CharSequence)} on every value.
 */
public final class EncodableCharacters {

    private static final Map<Charset, EncodableCharacters> CACHE = new ConcurrentHashMap<>();

    private final Charset charset;
    private final BitSet encodable;
    private final boolean unicode;

    private EncodableCharacters(Charset charset) {
        this.charset = charset;
        this.unicode = charset.equals(StandardCharsets.UTF_8);
        this.encodable = new BitSet(65536);
        if (!unicode) {
            CharsetEncoder encoder = charset.newEncoder();
            for (int c = 0; c < 65536; c++) {
                if (!Character.isSurrogate((char) c) && encoder.canEncode((char) c)) {
                    encodable.set(c);
                }
            }
        }
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
            } else if (!encodable.get(c)) {
                return i;
            }
        }
        return -1;
    }

    public Charset charset() {
        return charset;
    }
}
