package fr.passerelle.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The UTF-8 path of {@link StrictDecodingReader} against the JDK decoder: same text, same first invalid byte. */
class StrictDecodingReaderTest {

    /** Text with ASCII runs and one-, two-, three- and four-byte characters, the last a surrogate pair in Java. */
    private static String mixedText(Random random, int length) {
        String[] pieces = {"matricule;", "Lefèvre", "Œuvray", "€", "x", "12345678", "\n", "\"a;b\"", "𝄞", "ä", "東京",
            "abcdefghijklmnop", "é", "\u07FF", "\u0800", "\uFFFD", "\uD83D\uDE00"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String readAll(byte[] bytes, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        try (StrictDecodingReader reader = StrictDecodingReader.open(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8)) {
            char[] buffer = new char[chunk];
            int n;
            while ((n = reader.read(buffer, 0, chunk)) >= 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void utf8TextDecodedAsJdkDoes() throws IOException {
        Random random = new Random(42);
        // Longer than the reader's 64 KB buffer, so sequences are cut by its end.
        String text = mixedText(random, 300_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 8, 9, 4096, 100_000}) {
            assertThat(readAll(bytes, chunk)).as("read %d characters at a time", chunk).isEqualTo(text);
        }
    }

    @Test
    void supplementaryCharacterReadOneAtATime() throws IOException {
        String text = "a\uD834\uDD1Eb\uD83D\uDE00";
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(text);
    }

    @Test
    void invalidUtf8ReportedAtJdkOffset() throws IOException {
        List<String> invalid = List.of("80", "BF", "C0 80", "C1 BF", "C2", "C2 41", "E0 80 80", "E0 9F BF", "ED A0 80",
                "ED BF BF", "E2 82", "E2 41 41", "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "F8", "FE", "FF",
                "F0 9F 98");
        Random random = new Random(7);
        for (String sequence : invalid) {
            byte[] bad = HexFormat.ofDelimiter(" ").parseHex(sequence);
            for (int position : new int[] {0, 1, 8, 65_535, 65_536 - bad.length, 70_000}) {
                for (boolean atEnd : new boolean[] {false, true}) {
                    ByteArrayOutputStream file = new ByteArrayOutputStream();
                    byte[] before = mixedText(random, position).getBytes(StandardCharsets.UTF_8);
                    int cut = Math.min(before.length, position);
                    while (cut > 0 && cut < before.length && (before[cut] & 0xC0) == 0x80) {
                        // Cut between two characters, so that the valid text before the sequence stays valid.
                        cut--;
                    }
                    file.write(before, 0, cut);
                    while (file.size() < position) {
                        file.write('a');
                    }
                    file.write(bad);
                    if (!atEnd) {
                        file.writeBytes("tail;é\n".getBytes(StandardCharsets.UTF_8));
                    }
                    byte[] bytes = file.toByteArray();
                    long expected = firstInvalidOffset(bytes);
                    String label = sequence + " at " + position + (atEnd ? " at the end" : "");
                    assertThat(expected).as("the JDK rejects %s", label).isEqualTo(position);
                    for (int chunk : new int[] {1, 4096}) {
                        assertThatThrownBy(() -> readAll(bytes, chunk)).as(label)
                                .isInstanceOfSatisfying(EncodingException.class, e -> {
                                    assertThat(e.byteOffset()).as(label).isEqualTo(expected);
                                    assertThat(e.getMessage()).as(label).endsWith("at offset " + expected
                                            + " is not valid UTF-8");
                                });
                    }
                }
            }
        }
    }

    /** Returns the offset of the first byte the JDK's strict UTF-8 decoder rejects, or -1. */
    private static long firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        return -1;
    }
}
