package fr.passerelle.format.apogee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaquetteReaderTest {

    @Test
    void realMaquetteTitles() {
        Maquette maquette = Samples.realMaquetteRead();

        assertThat(maquette.title("apoC_annee")).isEqualTo("2026/2027");
        assertThat(maquette.title("apoC_cod_dip")).isEqualTo("7W29");
        assertThat(maquette.title("apoC_lib_dip")).isEqualTo("DUT MMI - CRÉATION NUMÉRI");
        assertThat(maquette.title("apoC_Titre1")).isEqualTo("Export Apogée du 28/09/2026 à 09:22");
    }

    @Test
    void realMaquetteResultCodeLists() {
        Maquette maquette = Samples.realMaquetteRead();

        assertThat(maquette.resultCodeLists()).extracting(list -> list.codes().size()).containsExactly(20, 37, 47, 5);
        assertThat(maquette.resultCodeLists()).extracting(ResultCodeList::lineNumber).containsExactly(12, 13, 14, 15);
        assertThat(maquette.resultCodeLists().get(3).codes()).containsExactly("ABI", "ABJ", "DEF", "DEM", "DIS");
    }

    @Test
    void realMaquetteColumns() {
        Maquette maquette = Samples.realMaquetteRead();

        assertThat(maquette.columns()).hasSize(20);
        MaquetteColumn first = maquette.columns().get(0);
        assertThat(first.id()).isEqualTo("apoL_c0001");
        assertThat(first.lineNumber()).isEqualTo(27);
        assertThat(first.objectType()).isEqualTo("ELP");
        assertThat(first.code()).isEqualTo("7WGA4");
        assertThat(first.version()).isEmpty();
        assertThat(first.year()).isEqualTo("2026");
        assertThat(first.session()).isEqualTo("0");
        assertThat(first.admission()).isEqualTo("1");
        assertThat(first.resultType()).isEqualTo(ResultType.MARK);
        assertThat(first.label()).isEqualTo("7WGA4 - Comprend stratégie com S4");
        assertThat(maquette.columns()).extracting(MaquetteColumn::resultType).containsExactly(
                ResultType.MARK, ResultType.SCALE, ResultType.JURY_POINTS, ResultType.RESULT,
                ResultType.MARK, ResultType.SCALE, ResultType.JURY_POINTS, ResultType.RESULT,
                ResultType.MARK, ResultType.SCALE, ResultType.JURY_POINTS, ResultType.RESULT,
                ResultType.MARK, ResultType.SCALE, ResultType.JURY_POINTS, ResultType.RESULT,
                ResultType.MARK, ResultType.SCALE, ResultType.JURY_POINTS, ResultType.RESULT);
        assertThat(maquette.columns()).extracting(MaquetteColumn::code).containsOnly(
                "7WGA4", "7WGB4", "7WGC4", "7WGD4", "7WGE4");
    }

    @Test
    void realMaquetteRowsHaveCombinedNames() {
        Maquette maquette = Samples.realMaquetteRead();

        assertThat(maquette.problems()).isEmpty();
        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT);
        assertThat(maquette.rows()).allSatisfy(row -> {
            assertThat(row.combinedName()).isTrue();
            assertThat(row.fieldCount()).isEqualTo(23);
        });
        StudentRow first = maquette.rows().get(0);
        assertThat(first.studentNumber()).isEqualTo("58310472");
        assertThat(first.lineNumber()).isEqualTo(Samples.FIRST_ROW);
        assertThat(maquette.row("83729165")).map(StudentRow::lineNumber).contains(76);
    }

    @Test
    void realMaquetteAllowedCodes() {
        Maquette maquette = Samples.realMaquetteRead();
        MaquetteColumn mark = maquette.columns("7WGA4", ResultType.MARK).get(0);
        MaquetteColumn result = maquette.columns("7WGA4", ResultType.RESULT).get(0);
        MaquetteColumn scale = maquette.columns("7WGA4", ResultType.SCALE).get(0);

        assertThat(maquette.allowedCodes(mark)).containsExactly("ABI", "ABJ", "DEF", "DEM", "DIS");
        assertThat(maquette.allowedCodes(result)).hasSize(47).contains("ADM", "AJ", "ACQ", "NACQ").doesNotContain("AJSE");
        assertThat(maquette.allowedCodes(scale)).isEmpty();
    }

    @Test
    void fullRowWithSeparateNames() throws Exception {
        String row = "12345678\tDUPONT\tJeanne\t 01/02/2006" + "\t".repeat(20) + "\t";

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        StudentRow parsed = maquette.row("12345678").orElseThrow();
        assertThat(parsed.combinedName()).isFalse();
        assertThat(parsed.fieldCount()).isEqualTo(25);
        assertThat(maquette.problems()).isEmpty();
    }

    @Test
    void fullRowWithoutTrailingTab() throws Exception {
        String row = "12345678\tDUPONT\tJeanne\t 01/02/2006" + "\t".repeat(20);

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        assertThat(maquette.row("12345678").orElseThrow().combinedName()).isFalse();
    }

    @Test
    void combinedRowWithTrailingTab() throws Exception {
        String row = "12345678\tDUPONT Jeanne\t 01/02/2006" + "\t".repeat(20) + "\t";

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        StudentRow parsed = maquette.row("12345678").orElseThrow();
        assertThat(parsed.combinedName()).isTrue();
        assertThat(parsed.fieldCount()).isEqualTo(24);
    }

    @Test
    void shortRowReported() throws Exception {
        String row = "12345678\tDUPONT Jeanne\t 01/02/2006\t\t\t";

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        assertThat(maquette.row("12345678")).isEmpty();
        assertThat(maquette.problems()).containsExactly(new MaquetteProblem(Samples.FIRST_ROW, "the row of student"
                + " 12345678 has 6 fields, but the header line 51 has 24 columns (23 when name and first name share"
                + " one field); the row is left unchanged."));
        assertThat(maquette.malformedRow("12345678")).map(MaquetteProblem::lineNumber).contains(Samples.FIRST_ROW);
        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT);
    }

    @Test
    void rowWithTooManyFieldsReported() throws Exception {
        String row = "12345678\tDUPONT\tJeanne\t 01/02/2006" + "\t12".repeat(22);

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        assertThat(maquette.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.lineNumber()).isEqualTo(Samples.FIRST_ROW);
            assertThat(problem.message()).startsWith("the row of student 12345678 has 26 fields, but the header"
                    + " line 51 has 24 columns");
        });
    }

    @Test
    void nonDigitStudentNumberReported() throws Exception {
        String row = "5831O472\tAAA BBB\t 19/08/2007" + "\t".repeat(20);

        Maquette maquette = Samples.read(Samples.withLine(Samples.FIRST_ROW, row));

        assertThat(maquette.problems()).containsExactly(new MaquetteProblem(Samples.FIRST_ROW,
                "the student number \"5831O472\" is not made of digits; the row is left unchanged"));
        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT - 1);
    }

    @Test
    void combinedRowWithoutBirthDateReported() throws Exception {
        String row = "12345678\tDUPONT\tJeanne" + "\t".repeat(20);

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        assertThat(maquette.problems()).containsExactly(new MaquetteProblem(Samples.FIRST_ROW, "the row of student"
                + " 12345678 has 23 fields, as when name and first name share one field, but field 3 \"Jeanne\" is not"
                + " a birth date (dd/mm/yyyy); the row is left unchanged"));
    }

    @Test
    void duplicateStudentReported() throws Exception {
        String copy = Samples.line(Samples.FIRST_ROW);

        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW + 3, copy));

        assertThat(maquette.problems()).containsExactly(new MaquetteProblem(Samples.FIRST_ROW + 3, "student 58310472"
                + " is already on line 52; marks for this student are not placed until the maquette has one row for"
                + " them"));
        assertThat(maquette.row("58310472")).isEmpty();
        assertThat(maquette.duplicateLines("58310472")).containsExactly(52, 55);
    }

    @Test
    void blankLinesAmongRowsSkipped() throws Exception {
        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW + 1, "\t\t\t"));

        assertThat(maquette.problems()).isEmpty();
        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT);
    }

    @Test
    void emptyFileRejected() {
        assertThatThrownBy(() -> MaquetteReader.read(new byte[0]))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("the file is empty; export the maquette again from Apogée");
    }

    @Test
    void blankFileRejected() {
        assertThatThrownBy(() -> Samples.read("\r\n\t\t\r\n  \r\n"))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("the file contains only blank lines; export the maquette again from Apogée");
    }

    @Test
    void textWithoutSectionsRejected() {
        assertThatThrownBy(() -> Samples.read("student;element;mark\r\n58310472;7WGA4;12\r\n"))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 1: expected the section marker XX-APO_TITRES-XX, found \"student;element;mark\":"
                        + " this is not an Apogée maquette")
                .extracting(e -> ((MaquetteFormatException) e).lineNumber()).isEqualTo(1);
    }

    @Test
    void binaryGarbageRejected() {
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;

        assertThatThrownBy(() -> MaquetteReader.read(garbage))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 1: control byte 0x03: the file is binary, not an Apogée maquette");
    }

    @Test
    void utf8MaquetteRejected() {
        byte[] utf8 = Samples.realMaquetteText().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MaquetteReader.read(utf8))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 7: the file is UTF-8 (\"É\" is written as the bytes C3 89), but Apogée writes and"
                        + " imports maquettes in ISO-8859-1; export the maquette again from Apogée or convert it to"
                        + " ISO-8859-1");
    }

    @Test
    void utf8ByteOrderMarkRejected() {
        byte[] real = Samples.realMaquette();
        byte[] withBom = new byte[real.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(real, 0, withBom, 3, real.length);

        assertThatThrownBy(() -> MaquetteReader.read(withBom))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessageStartingWith("line 1: the file starts with a UTF-8 byte-order mark");
    }

    @Test
    void windows1252BytesAccepted() throws Exception {
        String text = Samples.withLine(9, "apoC_Titre2\tapogee-example \u0092 \u0080");

        Maquette maquette = Samples.read(text);

        assertThat(maquette.title("apoC_Titre2")).isEqualTo("apogee-example \u0092 \u0080");
    }

    @Test
    void truncatedInColumnsRejected() {
        byte[] real = Samples.realMaquette();
        String text = Samples.latin1(real);
        byte[] cut = Arrays.copyOf(real, text.indexOf("apoL_c0010"));

        assertThatThrownBy(() -> MaquetteReader.read(cut))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 35: the file ends before APO_COL_VAL_FIN closes the column list: it may have been cut"
                        + " short; export the maquette again from Apogée");
    }

    @Test
    void truncatedBeforeValuesRejected() {
        byte[] real = Samples.realMaquette();
        byte[] cut = Arrays.copyOf(real, Samples.latin1(real).indexOf("XX-APO_VALEURS-XX"));

        assertThatThrownBy(() -> MaquetteReader.read(cut))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 49: the file ends before section XX-APO_VALEURS-XX: it may have been cut short;"
                        + " export the maquette again from Apogée");
    }

    @Test
    void truncatedInRowReported() throws Exception {
        byte[] real = Samples.realMaquette();
        String text = Samples.latin1(real);
        byte[] cut = Arrays.copyOf(real, text.indexOf("83729165") + 20);

        Maquette maquette = MaquetteReader.read(cut);

        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT - 1);
        assertThat(maquette.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.lineNumber()).isEqualTo(76);
            assertThat(problem.message()).isEqualTo("the row of student 83729165 has 3 fields, but the header line 51"
                    + " has 24 columns (23 when name and first name share one field); the row is left unchanged."
                    + " The file ends in the middle of this row: it may have been cut short.");
        });
    }

    @Test
    void missingSectionRejected() {
        String text = Samples.realMaquetteText();
        String withoutResultCodes = text.substring(0, text.indexOf("XX-APO_TYP_RES-XX"))
                + text.substring(text.indexOf("XX-APO_COLONNES-XX"));

        assertThatThrownBy(() -> Samples.read(withoutResultCodes))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 11: expected section XX-APO_TYP_RES-XX after XX-APO_TITRES-XX, found"
                        + " XX-APO_COLONNES-XX; the maquette is damaged, export it again from Apogée");
    }

    @Test
    void missingColumnStartRejected() {
        String text = Samples.withLine(26, "");

        assertThatThrownBy(() -> Samples.read(text))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessageStartingWith("line 27: unexpected line \"apoL_c0001\\tELP\\t7WGA4");
    }

    @Test
    void wrongResultTypeRejected() {
        String declaration = Samples.line(28).replace("\tB\t", "\tX\t");

        assertThatThrownBy(() -> Samples.read(Samples.withLine(28, declaration)))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 28: column apoL_c0002 has result type \"X\", expected N (mark), B (scale), J (jury"
                        + " points) or R (result)");
    }

    @Test
    void wrongResultCodeCountRejected() {
        String list = Samples.line(15).replace("5\t", "6\t");

        assertThatThrownBy(() -> Samples.read(Samples.withLine(15, list)))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 15: the result code list announces 6 codes but contains 5; the maquette is damaged,"
                        + " export it again");
    }

    @Test
    void headerMissingColumnRejected() {
        String header = Samples.line(Samples.HEADER_LINE).replace("apoL_c0020\t", "");

        assertThatThrownBy(() -> Samples.read(Samples.withLine(Samples.HEADER_LINE, header)))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 51: column apoL_c0020 declared on line 46 is missing from the header line of"
                        + " XX-APO_VALEURS-XX");
    }

    @Test
    void headerUnknownColumnRejected() {
        String header = Samples.line(Samples.HEADER_LINE) + "apoL_c0099\t";

        assertThatThrownBy(() -> Samples.read(Samples.withLine(Samples.HEADER_LINE, header)))
                .isInstanceOf(MaquetteFormatException.class)
                .hasMessage("line 51: the header line names column \"apoL_c0099\", which XX-APO_COLONNES-XX does not"
                        + " declare");
    }

    @Test
    void lfLineBreaksKept() throws Exception {
        String text = Samples.realMaquetteText().replace("\r\n", "\n");

        Maquette maquette = Samples.read(text);

        assertThat(maquette.rows()).hasSize(Samples.STUDENT_COUNT);
        assertThat(MaquetteWriter.write(maquette, List.of())).isEqualTo(Samples.latin1(text));
    }
}
