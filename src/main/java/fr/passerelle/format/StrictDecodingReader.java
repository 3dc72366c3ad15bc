package fr.passerelle.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream in one encoding and fails on the first byte sequence that is not valid in it.
 *
 * <p>{@link java.io.InputStreamReader} built from a charset name replaces invalid bytes with U+FFFD, which would
 * let a wrong encoding through as silent damage. This reader raises {@link EncodingException} with the offset of
 * the bad byte so that the report can name its line. A UTF-8 byte-order mark is skipped when the encoding is
 * UTF-8 and rejected otherwise, since it shows the file is UTF-8; a UTF-16 byte-order mark is always rejected.
 *
 * <p>UTF-8 is decoded here for ASCII, eight bytes at a time, and for valid two- and three-byte sequences, because the
 * JDK 17 decoder leaves its fast ASCII loop at the first accented letter of a buffer and never returns to it. Every
 * other sequence (four bytes, invalid, or cut by the end of the buffer) goes to the JDK decoder, which decides what
 * is valid and how long an invalid sequence is. The text and the errors are therefore the same as with it alone.
 */
public final class StrictDecodingReader extends Reader {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;
    private final boolean utf8;
    /** A character decoded for a read that had room for one only, such as the second half of a surrogate pair. */
    private char pendingChar;
    private boolean hasPendingChar;
    private final char[] pair = new char[2];

    private StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        bytes.flip();
    }

    /** Opens a reader over {@code in}, checking the byte-order mark against {@code charset}. */
    public static StrictDecodingReader open(InputStream in, Charset charset) throws IOException {
        StrictDecodingReader reader = new StrictDecodingReader(in, charset);
        reader.fill();
        reader.checkByteOrderMark(charset);
        return reader;
    }

    private void checkByteOrderMark(Charset charset) throws EncodingException {
        int available = bytes.remaining();
        int b0 = available > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = available > 1 ? bytes.get(1) & 0xFF : -1;
        int b2 = available > 2 ? bytes.get(2) & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                throw new EncodingException("the file starts with a UTF-8 byte-order mark, so it is UTF-8, but this"
                        + " exchange expects " + charset.name() + "; convert the file to " + charset.name()
                        + " or set the layout's encoding to UTF-8", 0);
            }
            bytes.position(3);
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            throw new EncodingException("the file starts with a UTF-16 byte-order mark; UTF-16 is not supported,"
                    + " convert the file to " + charset.name(), 0);
        }
    }

    private void fill() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        try {
            while (bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                    break;
                }
                bytes.position(bytes.position() + n);
                if (n > 0 && bytes.position() >= BUFFER_SIZE / 2) {
                    break;
                }
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (utf8) {
            return readUtf8(buffer, offset, length);
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw invalidBytes(result.length());
            }
            if (out.position() > offset) {
                return out.position() - offset;
            }
            if (result.isOverflow()) {
                continue;
            }
            if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                    if (out.position() > offset) {
                        return out.position() - offset;
                    }
                }
                return -1;
            }
            fill();
        }
    }

    private int readUtf8(char[] buffer, int offset, int length) throws IOException {
        int produced = 0;
        if (hasPendingChar) {
            buffer[offset] = pendingChar;
            hasPendingChar = false;
            produced = 1;
        }
        while (true) {
            produced += decodeUtf8(buffer, offset + produced, offset + length);
            if (produced > 0) {
                return produced;
            }
            if (!endOfInput) {
                fill();
            } else if (!bytes.hasRemaining()) {
                return -1;
            } else {
                // The JDK decoder reports a sequence cut by the end of the file; this only guards the loop.
                throw invalidBytes(bytes.remaining());
            }
        }
    }

    /** Decodes from {@link #bytes} into {@code target[from..to)} and returns the number of characters produced. */
    private int decodeUtf8(char[] target, int from, int to) throws IOException {
        byte[] source = bytes.array();
        int sp = bytes.position();
        int limit = bytes.limit();
        int dp = from;
        while (sp < limit && dp < to) {
            int b = source[sp];
            if (b >= 0) {
                if (sp + 8 <= limit && dp + 8 <= to && ((long) LONGS.get(source, sp) & HIGH_BITS) == 0) {
                    for (int k = 0; k < 8; k++) {
                        target[dp + k] = (char) source[sp + k];
                    }
                    sp += 8;
                    dp += 8;
                } else {
                    target[dp++] = (char) b;
                    sp++;
                }
                continue;
            }
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF && sp + 1 < limit) {
                int b2 = source[sp + 1];
                if ((b2 & 0xC0) == 0x80) {
                    target[dp++] = (char) ((lead & 0x1F) << 6 | b2 & 0x3F);
                    sp += 2;
                    continue;
                }
            } else if (lead >= 0xE0 && lead <= 0xEF && sp + 2 < limit) {
                int b2 = source[sp + 1] & 0xFF;
                int b3 = source[sp + 2];
                // E0 needs A0 or more to be no overlong form, ED below A0 to be no surrogate.
                if ((b2 & 0xC0) == 0x80 && (b3 & 0xC0) == 0x80 && (lead != 0xE0 || b2 >= 0xA0)
                        && (lead != 0xED || b2 < 0xA0)) {
                    target[dp++] = (char) ((lead & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F);
                    sp += 3;
                    continue;
                }
            }
            bytes.position(sp);
            int made = decodeWithJdk(target, dp, to);
            sp = bytes.position();
            if (made == 0) {
                break;
            }
            dp += made;
        }
        bytes.position(sp);
        return dp - from;
    }

    /**
     * Lets the JDK decoder take the sequence at the buffer's position, writing at most two characters from
     * {@code target[at]}; returns the number written, 0 if the sequence needs more bytes.
     */
    private int decodeWithJdk(char[] target, int at, int to) throws EncodingException {
        boolean room = to - at >= 2;
        CharBuffer out = room ? CharBuffer.wrap(target, at, 2) : CharBuffer.wrap(pair);
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
            throw invalidBytes(result.length());
        }
        if (room) {
            return out.position() - at;
        }
        int made = out.position();
        if (made > 0) {
            target[at] = pair[0];
            if (made == 2) {
                pendingChar = pair[1];
                hasPendingChar = true;
            }
        }
        return Math.min(made, 1);
    }

    private EncodingException invalidBytes(int length) {
        long offset = bytesBeforeBuffer + bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            hex.append(String.format("%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return new EncodingException("byte" + (length > 1 ? "s " : " ") + hex + " at offset " + offset
                + " is not valid " + decoder.charset().name(), offset);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
