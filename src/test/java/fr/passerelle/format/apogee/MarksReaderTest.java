package fr.passerelle.format.apogee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class MarksReaderTest {

    private static MarksFile read(String text) throws MarksFormatException {
        return MarksReader.read("notes.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sampleMarksFile() throws Exception {
        MarksFile marks = MarksReader.read("maquette-notes-7W29.csv", Files.readAllBytes(Samples.MARKS));

        assertThat(marks.encoding()).isEqualTo("UTF-8");
        assertThat(marks.separator()).isEqualTo(';');
        assertThat(marks.rejected()).isEmpty();
        assertThat(marks.marks()).hasSize(113);
        assertThat(marks.marks().get(0)).isEqualTo(new MarkLine(2, "58310472", "7WGA4", "9", "AJ"));
    }

    @Test
    void semicolonSeparator() throws Exception {
        MarksFile marks = read("student;element;mark;result\r\n58310472;7WGA4;12,5;ADM\r\n");

        assertThat(marks.separator()).isEqualTo(';');
        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12,5", "ADM"));
    }

    @Test
    void commaSeparator() throws Exception {
        MarksFile marks = read("student,element,mark,result\n58310472,7WGA4,12.5,ADM\n91736205,7WGA4,\"8,5\",AJ\n");

        assertThat(marks.separator()).isEqualTo(',');
        assertThat(marks.marks()).containsExactly(
                new MarkLine(2, "58310472", "7WGA4", "12.5", "ADM"),
                new MarkLine(3, "91736205", "7WGA4", "8,5", "AJ"));
    }

    @Test
    void byteOrderMarkSkipped() throws Exception {
        byte[] text = "student;element;mark\n58310472;7WGA4;12\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        MarksFile marks = MarksReader.read("notes.csv", withBom);

        assertThat(marks.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12", ""));
    }

    @Test
    void latin1Decoded() throws Exception {
        byte[] bytes = "student;element;mark\n58310472;7WGÉ4;12\n".getBytes(StandardCharsets.ISO_8859_1);

        MarksFile marks = MarksReader.read("notes.csv", bytes);

        assertThat(marks.encoding()).isEqualTo("ISO-8859-1");
        assertThat(marks.marks()).extracting(MarkLine::element).containsExactly("7WGÉ4");
    }

    @Test
    void headerAnyCaseAndOrder() throws Exception {
        MarksFile marks = read(" Result ; MARK ; Student ; Element \n ADM ; 12 ; 58310472 ; 7WGA4 \n");

        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12", "ADM"));
    }

    @Test
    void resultColumnOptional() throws Exception {
        MarksFile marks = read("student;element;mark\n58310472;7WGA4;12\n");

        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12", ""));
    }

    @Test
    void trailingResultFieldMayBeLeftOut() throws Exception {
        MarksFile marks = read("student;element;mark;result\n58310472;7WGA4;12\n");

        assertThat(marks.rejected()).isEmpty();
        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12", ""));
    }

    @Test
    void emptyLinesSkipped() throws Exception {
        MarksFile marks = read("student;element;mark\n\n58310472;7WGA4;12\n\n");

        assertThat(marks.marks()).containsExactly(new MarkLine(3, "58310472", "7WGA4", "12", ""));
    }

    @Test
    void headerOnlyHasNoMarks() throws Exception {
        MarksFile marks = read("student;element;mark;result\n");

        assertThat(marks.lineCount()).isZero();
    }

    @Test
    void quotedFieldsUnquoted() throws Exception {
        MarksFile marks = read("\"student\";\"element\";\"mark\";\"result\"\n\"58310472\";\"7WGA4\";\"12;5\";\"ADM\"\n");

        assertThat(marks.marks()).containsExactly(new MarkLine(2, "58310472", "7WGA4", "12;5", "ADM"));
    }

    @Test
    void lineWithOtherSeparatorRejected() throws Exception {
        MarksFile marks = read("student;element;mark;result\n58310472,7WGA4,12,ADM\n91736205;7WGA4;11;ADM\n");

        assertThat(marks.marks()).extracting(MarkLine::student).containsExactly("91736205");
        assertThat(marks.rejected()).singleElement().extracting(MarkRejection::reportLine).isEqualTo(
                "notes.csv line 2: student -, element -, value \"58310472,7WGA4,12,ADM\":"
                        + " field-count: the line has 1 field but the header has 4; check that the line uses the"
                        + " separator ';' of the header");
    }

    @Test
    void unquotedDecimalCommaRejected() throws Exception {
        MarksFile marks = read("student,element,mark,result\n58310472,7WGA4,12,5,ADM\n");

        assertThat(marks.rejected()).singleElement().extracting(MarkRejection::reportLine).isEqualTo(
                "notes.csv line 2: student 58310472, element 7WGA4, value \"58310472,7WGA4,12,5,ADM\": field-count:"
                        + " the line has 5 fields but the header has 4; with ',' as separator, write a mark as 12.5 or"
                        + " quote it (\"12,5\")");
    }

    @Test
    void tabSeparatorRejected() {
        assertThatThrownBy(() -> read("student\telement\tmark\n58310472\t7WGA4\t12\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: the header line \"student\\telement\\tmark\" has no ';' or ',' separator; expected"
                        + " student;element;mark;result, separated by ';' or ','");
    }

    @Test
    void missingColumnRejected() {
        assertThatThrownBy(() -> read("student;element;result\n58310472;7WGA4;ADM\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: the header has no column mark; expected student;element;mark;result (result is"
                        + " optional)");
    }

    @Test
    void unknownColumnRejected() {
        assertThatThrownBy(() -> read("student;element;mark;reslut\n58310472;7WGA4;12;ADM\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: unknown column \"reslut\" in the header; expected student;element;mark;result"
                        + " (result is optional)");
    }

    @Test
    void duplicateColumnRejected() {
        assertThatThrownBy(() -> read("student;element;mark;mark\n58310472;7WGA4;12;13\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: column mark appears twice in the header");
    }

    @Test
    void characterAfterClosingQuoteRejected() {
        assertThatThrownBy(() -> read("student;element;mark\n58310472;7WGA4;12\n91736205;7WGA4;\"12\"5\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("Exception when reading record that started in line 3: Unexpected character after closing"
                        + " quote: '5' (0x35); a field that starts with a quote must end with one, right before the"
                        + " separator");
    }

    @Test
    void unclosedQuoteRejected() {
        assertThatThrownBy(() -> read("student;element;mark\n58310472;7WGA4;\"12\n91736205;7WGA4;13\n"))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 2: a quoted field runs over 3 lines to the end of the file: a closing quote is"
                        + " missing; marks never contain line breaks, so close the quote on the same line");
    }

    @Test
    void emptyFileRejected() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("the marks file is empty; expected a header line student;element;mark;result and one mark"
                        + " per line");
    }

    @Test
    void binaryRejected() {
        byte[] bytes = {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertThatThrownBy(() -> MarksReader.read("notes.csv", bytes))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: control byte 0x03: the file is binary, not a CSV marks file");
    }

    @Test
    void utf16Rejected() {
        byte[] bytes = "student;element;mark\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);

        assertThatThrownBy(() -> MarksReader.read("notes.csv", withBom))
                .isInstanceOf(MarksFormatException.class)
                .hasMessage("line 1: the marks file is UTF-16; save it as UTF-8 or ISO-8859-1");
    }
}
