package fr.passerelle.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
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
 */
public final class StrictDecodingReader extends Reader {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;

    private StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
