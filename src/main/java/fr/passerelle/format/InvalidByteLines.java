package fr.passerelle.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the lines of a file that hold bytes invalid in its encoding, and reads the file with those lines left empty,
 * so that under the pass-good policy a bad byte rejects its line instead of the whole file.
 *
 * <p>Each line is decoded on its own, which is exact for the encodings a layout may name: in all of them a line feed
 * is the single byte 0x0A and never part of another character. An emptied line keeps its line feed, so the line
 * numbers of the other records do not change, and the readers skip empty lines.
 *
 * <p>NOTE: a bad byte in one line of a quoted value that spans several lines empties that line only, so the record
 * around it is then rejected for its fields or its quotes, or read without that line if it still parses.
 */
public final class InvalidByteLines {

    /**
     * One line that does not decode.
     *
     * @param line       line number, 1-based
     * @param byteOffset offset from the start of the file of the first invalid byte
     * @param bytes      the invalid bytes in hexadecimal, such as {@code E9}
     */
    public record BadLine(long line, long byteOffset, String bytes) {
    }

    private InvalidByteLines() {
    }

    /**
     * Returns the lines of {@code file} that do not decode in {@code charset}, or null when the file cannot be read
     * line by line: it starts with the byte-order mark of another encoding, its header line does not decode, or no
     * line of records decodes.
     *
     * @param header whether the first line is a header line, which the file cannot be read without
     */
    public static List<BadLine> find(Path file, Charset charset, boolean header) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<BadLine> bad = new ArrayList<>();
        long goodLines = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            byte[] start = in.readNBytes(3);
            int skip = 0;
            if (start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    return null;
                }
                skip = 3;
            } else if (start.length >= 2 && ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF
                    || (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE)) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            line.write(start, skip, start.length - skip);
            long lineNumber = 1;
            long lineStart = skip;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    byte[] bytes = line.toByteArray();
                    BadLine invalid = check(decoder, bytes, lineNumber, lineStart);
                    if (invalid != null) {
                        bad.add(invalid);
                    } else if (!(header && lineNumber == 1) && bytes.length > 0
                            && !(bytes.length == 1 && bytes[0] == '\r')) {
                        goodLines++;
                    }
                    if (b < 0) {
                        break;
                    }
                    lineStart += bytes.length + 1;
                    lineNumber++;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
        if (goodLines == 0 || header && !bad.isEmpty() && bad.get(0).line() == 1) {
            return null;
        }
        return bad;
    }

    private static BadLine check(CharsetDecoder decoder, byte[] bytes, long lineNumber, long lineStart) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length * 2));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return null;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < result.length() && in.position() + i < bytes.length; i++) {
            hex.append(String.format("%02X", bytes[in.position() + i] & 0xFF));
        }
        return new BadLine(lineNumber, lineStart + in.position(), hex.toString());
    }

    /** Returns the message a report gives for a line rejected for its bytes. */
    public static String describe(BadLine line, Charset charset) {
        return "byte" + (line.bytes().length() > 2 ? "s " : " ") + line.bytes() + " at offset " + line.byteOffset()
                + " is not valid " + charset.name() + "; this line is rejected, the rest of the file decodes";
    }

    /** Wraps {@code in} so that the given lines read as empty lines; every byte of {@code in} is still read. */
    public static InputStream emptying(InputStream in, List<BadLine> lines) {
        if (lines.isEmpty()) {
            return in;
        }
        long[] numbers = lines.stream().mapToLong(BadLine::line).sorted().toArray();
        return new FilterInputStream(in) {
            private long line = 1;

            private boolean dropped() {
                return Arrays.binarySearch(numbers, line) >= 0;
            }

            @Override
            public int read() throws IOException {
                int b;
                do {
                    b = super.read();
                    if (b == '\n') {
                        line++;
                        return b;
                    }
                } while (b >= 0 && dropped());
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (true) {
                    int count = super.read(buffer, offset, length);
                    if (count <= 0) {
                        return count;
                    }
                    int end = offset;
                    for (int i = offset; i < offset + count; i++) {
                        byte b = buffer[i];
                        if (b == '\n') {
                            buffer[end++] = b;
                            line++;
                        } else if (!dropped()) {
                            buffer[end++] = b;
                        }
                    }
                    // A buffer of dropped bytes only reads on, so that 0 is never returned for a non-empty request.
                    if (end > offset) {
                        return end - offset;
                    }
                }
            }

            @Override
            public long skip(long n) throws IOException {
                throw new IOException("skip is not supported while lines are emptied");
            }
        };
    }
}
