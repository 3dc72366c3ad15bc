package fr.passerelle.format.apogee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MaquetteWriterTest {

    private static final List<String> ELEMENTS = List.of("7WGA4", "7WGB4", "7WGC4", "7WGD4", "7WGE4");

    @Test
    void noValuesKeepsEveryByte() {
        Maquette maquette = Samples.realMaquetteRead();

        assertThat(MaquetteWriter.write(maquette, List.of())).isEqualTo(Samples.realMaquette());
    }

    @Test
    void realMaquetteFilledChangesOnlyFilledFields() {
        Maquette maquette = Samples.realMaquetteRead();
        List<FieldValue> values = new ArrayList<>();
        Map<Integer, Map<Integer, String>> expected = new HashMap<>();
        int studentIndex = 0;
        for (StudentRow row : maquette.rows()) {
            for (int e = 0; e < ELEMENTS.size(); e++) {
                String mark = (studentIndex % 21) + "," + (e * 25 % 100);
                String result = studentIndex % 3 == 0 ? "AJ" : "ADM";
                MaquetteColumn markColumn = maquette.columns(ELEMENTS.get(e), ResultType.MARK).get(0);
                MaquetteColumn resultColumn = maquette.columns(ELEMENTS.get(e), ResultType.RESULT).get(0);
                values.add(new FieldValue(row, markColumn, mark));
                values.add(new FieldValue(row, resultColumn, result));
                // A combined-name row has number, name, birth date, then column e's four fields from index 3.
                Map<Integer, String> fields = expected.computeIfAbsent(row.lineNumber(), line -> new HashMap<>());
                fields.put(3 + 4 * e, mark);
                fields.put(3 + 4 * e + 3, result);
            }
            studentIndex++;
        }

        byte[] written = MaquetteWriter.write(maquette, values);

        String[] before = Samples.lines(Samples.realMaquetteText());
        String[] after = Samples.lines(Samples.latin1(written));
        assertThat(after).hasSameSizeAs(before);
        int changedLines = 0;
        for (int i = 0; i < before.length; i++) {
            int lineNumber = i + 1;
            Map<Integer, String> filled = expected.get(lineNumber);
            if (filled == null) {
                assertThat(after[i]).as("line %d", lineNumber).isEqualTo(before[i]);
                continue;
            }
            changedLines++;
            String[] original = before[i].split("\t", -1);
            String[] fields = after[i].split("\t", -1);
            assertThat(fields).as("fields of line %d", lineNumber).hasSameSizeAs(original);
            for (int f = 0; f < fields.length; f++) {
                String want = filled.getOrDefault(f, original[f]);
                assertThat(fields[f]).as("line %d field %d", lineNumber, f + 1).isEqualTo(want);
            }
        }
        assertThat(changedLines).isEqualTo(Samples.STUDENT_COUNT);
    }

    @Test
    void realMaquetteFilledKeepsEncodingAndLineBreaks() {
        Maquette maquette = Samples.realMaquetteRead();
        StudentRow row = maquette.row("58310472").orElseThrow();
        List<FieldValue> values = List.of(
                new FieldValue(row, maquette.columns("7WGA4", ResultType.MARK).get(0), "14,5"),
                new FieldValue(row, maquette.columns("7WGA4", ResultType.RESULT).get(0), "ADM"));

        byte[] written = MaquetteWriter.write(maquette, values);

        int crlf = 0;
        for (int i = 0; i < written.length; i++) {
            if (written[i] == '\n') {
                assertThat(written[i - 1]).as("byte before the LF at %d", i).isEqualTo((byte) '\r');
                crlf++;
            }
        }
        assertThat(crlf).isEqualTo(76);
        String expectedRow = "58310472\tAAA BBB\t 19/08/2007\t14,5\t\t\tADM" + "\t".repeat(16) + "\r\n";
        assertThat(Samples.latin1(written)).contains("\r\n" + expectedRow);
        // "Année" in the apoL_a01_code line stays the single ISO-8859-1 byte E9.
        byte[] annee = {'A', 'n', 'n', (byte) 0xE9, 'e'};
        assertThat(indexOf(written, annee)).isPositive();
        assertThat(written.length).isEqualTo(Samples.realMaquette().length + "14,5ADM".length());
    }

    @Test
    void fullRowFilledAtHeaderPositions() throws Exception {
        String row = "12345678\tDUPONT\tJeanne\t 01/02/2006" + "\t".repeat(20) + "\t";
        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));
        StudentRow parsed = maquette.row("12345678").orElseThrow();

        byte[] written = MaquetteWriter.write(maquette, List.of(
                new FieldValue(parsed, maquette.columns("7WGB4", ResultType.MARK).get(0), "9"),
                new FieldValue(parsed, maquette.columns("7WGE4", ResultType.RESULT).get(0), "AJ")));

        String filled = Samples.lines(Samples.latin1(written))[Samples.FIRST_ROW - 1];
        assertThat(filled).isEqualTo("12345678\tDUPONT\tJeanne\t 01/02/2006\t\t\t\t\t9" + "\t".repeat(15) + "AJ\t");
    }

    @Test
    void unencodableValueRejected() {
        Maquette maquette = Samples.realMaquetteRead();
        StudentRow row = maquette.rows().get(0);
        FieldValue euro = new FieldValue(row, maquette.columns().get(0), "12€");

        assertThatThrownBy(() -> MaquetteWriter.write(maquette, List.of(euro)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"12€\" cannot be encoded in ISO-8859-1");
    }

    @Test
    void valueWithTabRejected() {
        Maquette maquette = Samples.realMaquetteRead();
        StudentRow row = maquette.rows().get(0);
        FieldValue tab = new FieldValue(row, maquette.columns().get(0), "12\t5");

        assertThatThrownBy(() -> MaquetteWriter.write(maquette, List.of(tab)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value for column apoL_c0001 on line 52 contains a tab or a line break");
    }

    @Test
    void twoValuesForOneFieldRejected() {
        Maquette maquette = Samples.realMaquetteRead();
        StudentRow row = maquette.rows().get(0);
        MaquetteColumn column = maquette.columns().get(0);

        assertThatThrownBy(() -> MaquetteWriter.write(maquette,
                List.of(new FieldValue(row, column, "12"), new FieldValue(row, column, "13"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two values for column apoL_c0001 on line 52");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
