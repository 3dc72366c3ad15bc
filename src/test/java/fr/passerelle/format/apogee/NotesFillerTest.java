package fr.passerelle.format.apogee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class NotesFillerTest {

    private static final String HEADER = "student;element;mark;result\n";
    /** Row of student 58310472 in the real maquette, before any value. */
    private static final String FIRST_ROW = Samples.line(Samples.FIRST_ROW);

    private static MarksFile marks(String lines) throws MarksFormatException {
        return MarksReader.read("notes.csv", (HEADER + lines).getBytes(StandardCharsets.UTF_8));
    }

    private static FillResult fill(String lines) throws MarksFormatException {
        return NotesFiller.fill(Samples.realMaquetteRead(), marks(lines));
    }

    private static FillResult fill(Maquette maquette, String lines) throws MarksFormatException {
        return NotesFiller.fill(maquette, marks(lines));
    }

    /** Returns the row of a student in the filled maquette. */
    private static String filledRow(FillResult result, int lineNumber) {
        return Samples.lines(Samples.latin1(result.filledMaquette()))[lineNumber - 1];
    }

    private static String onlyRejection(FillResult result) {
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().get(0).reportLine();
    }

    @Test
    void markAndResultPlaced() throws Exception {
        FillResult result = fill("58310472;7WGA4;14,5;ADM\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.linesPlaced()).isEqualTo(1);
        assertThat(filledRow(result, 52)).isEqualTo("58310472\tAAA BBB\t 19/08/2007\t14,5\t\t\tADM" + "\t".repeat(16));
    }

    @Test
    void decimalPointWrittenAsComma() throws Exception {
        FillResult result = fill("58310472;7WGB4;12.5;\n91736205;7WGB4;12,5;\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(filledRow(result, 52).split("\t", -1)[7]).isEqualTo("12,5");
        assertThat(filledRow(result, 53).split("\t", -1)[7]).isEqualTo("12,5");
    }

    @Test
    void boundsOfScaleAccepted() throws Exception {
        FillResult result = fill("58310472;7WGA4;0;\n91736205;7WGA4;20;\n24681953;7WGA4;20,00;\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(result.linesPlaced()).isEqualTo(3);
    }

    @Test
    void resultOnlyPlaced() throws Exception {
        FillResult result = fill("58310472;7WGE4;;aj\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(filledRow(result, 52)).isEqualTo(FIRST_ROW + "AJ");
    }

    @Test
    void markAboveScaleRejected() throws Exception {
        FillResult result = fill("58310472;7WGA4;21;ADM\n");

        assertThat(onlyRejection(result)).isEqualTo("notes.csv line 2: student 58310472, element 7WGA4, value \"21\":"
                + " mark-out-of-scale: the mark is above 20, the default scale for element 7WGA4");
        assertThat(result.linesPlaced()).isZero();
        assertThat(result.values()).isEmpty();
    }

    @Test
    void negativeMarkRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;-1;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"-1\": mark-out-of-scale: a mark cannot be negative; marks run from 0 to the"
                + " scale");
    }

    @Test
    void wordMarkRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;abc;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"abc\": special-mark-not-allowed: abc is neither a number nor a special mark"
                + " this maquette allows in a mark column (ABI, ABJ, DEF, DEM, DIS)");
    }

    @Test
    void malformedNumberRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;12/20;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"12/20\": mark-not-a-number: write a mark as a number such as 12,5 or 12.5,"
                + " or as a special mark such as ABI");
    }

    @Test
    void threeDecimalsRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;12,555;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"12,555\": mark-too-many-decimals: the mark has 3 decimals; write at most 2");
    }

    @Test
    void specialMarkOfListPlaced() throws Exception {
        FillResult result = fill("58310472;7WGA4;abj;DEF\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(filledRow(result, 52).split("\t", -1)[3]).isEqualTo("ABJ");
        assertThat(filledRow(result, 52).split("\t", -1)[6]).isEqualTo("DEF");
    }

    @Test
    void specialMarkMissingFromListRejected() throws Exception {
        String list = Samples.line(15).replace("5\tABI\tABJ\t", "4\tABI\t");
        Maquette maquette = Samples.read(Samples.withLine(15, list));

        FillResult result = fill(maquette, "58310472;7WGA4;ABJ;\n91736205;7WGA4;ABI;\n");

        assertThat(onlyRejection(result)).isEqualTo("notes.csv line 2: student 58310472, element 7WGA4, value \"ABJ\":"
                + " special-mark-not-allowed: ABJ is neither a number nor a special mark this maquette allows in a mark"
                + " column (ABI, DEF, DEM, DIS)");
        assertThat(result.linesPlaced()).isEqualTo(1);
    }

    @Test
    void scaleFromBaremeField() throws Exception {
        String row = FIRST_ROW.replaceFirst("\t 19/08/2007\t\t\t", "\t 19/08/2007\t\t10\t");
        Maquette maquette = Samples.read(Samples.withLine(Samples.FIRST_ROW, row));

        FillResult result = fill(maquette, "58310472;7WGA4;12;\n58310472;7WGB4;12;\n");

        assertThat(onlyRejection(result)).isEqualTo("notes.csv line 2: student 58310472, element 7WGA4, value \"12\":"
                + " mark-out-of-scale: the mark is above 10, the barème apoL_c0002 of the maquette for element 7WGA4");
        assertThat(result.linesPlaced()).isEqualTo(1);
    }

    @Test
    void markWithinBaremePlaced() throws Exception {
        String row = FIRST_ROW.replaceFirst("\t 19/08/2007\t\t\t", "\t 19/08/2007\t\t10,00\t");
        Maquette maquette = Samples.read(Samples.withLine(Samples.FIRST_ROW, row));

        FillResult result = fill(maquette, "58310472;7WGA4;9,5;\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(filledRow(result, 52)).startsWith("58310472\tAAA BBB\t 19/08/2007\t9,5\t10,00\t\t\t");
    }

    @Test
    void invalidBaremeRejected() throws Exception {
        String row = FIRST_ROW.replaceFirst("\t 19/08/2007\t\t\t", "\t 19/08/2007\t\tvingt\t");
        Maquette maquette = Samples.read(Samples.withLine(Samples.FIRST_ROW, row));

        assertThat(onlyRejection(fill(maquette, "58310472;7WGA4;9;\n"))).isEqualTo("notes.csv line 2: student"
                + " 58310472, element 7WGA4, value \"9\": scale-invalid: the barème of element 7WGA4 for this student is"
                + " \"vingt\" (maquette line 52, column apoL_c0002), which is not a positive number; correct the"
                + " maquette");
    }

    @Test
    void resultOfListPlaced() throws Exception {
        FillResult result = fill("58310472;7WGA4;;NACQ\n");

        assertThat(result.rejections()).isEmpty();
        assertThat(filledRow(result, 52).split("\t", -1)[6]).isEqualTo("NACQ");
    }

    @Test
    void resultMissingFromListRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;12;ADMIS\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"ADMIS\": result-code-not-allowed: ADMIS is not in the result codes the"
                + " maquette allows for column apoL_c0004 (ELP 7WGA4); see its XX-APO_TYP_RES-XX section");
    }

    @Test
    void stepResultRejectedForElement() throws Exception {
        // AJSE is in the step (VET) list of the real maquette but not in the element (ELP) list.
        assertThat(onlyRejection(fill("58310472;7WGA4;8;AJSE\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"AJSE\": result-code-not-allowed: AJSE is not in the result codes the"
                + " maquette allows for column apoL_c0004 (ELP 7WGA4); see its XX-APO_TYP_RES-XX section");
    }

    @Test
    void rejectedResultKeepsMarkOut() throws Exception {
        FillResult result = fill("58310472;7WGA4;12;XYZ\n");

        assertThat(result.values()).isEmpty();
        assertThat(result.filledMaquette()).isEqualTo(Samples.realMaquette());
    }

    @Test
    void duplicateNamesBothLines() throws Exception {
        FillResult result = fill("58310472;7WGA4;12;ADM\n91736205;7WGA4;13;ADM\n58310472;7wga4;14;ADM\n");

        assertThat(result.rejections()).extracting(MarkRejection::reportLine).containsExactly(
                "notes.csv line 2: student 58310472, element 7WGA4, value \"12 ADM\": duplicate: student 58310472 and"
                        + " element 7WGA4 are also on line 4; none of these lines is placed until one remains",
                "notes.csv line 4: student 58310472, element 7wga4, value \"14 ADM\": duplicate: student 58310472 and"
                        + " element 7wga4 are also on line 2; none of these lines is placed until one remains");
        assertThat(result.linesPlaced()).isEqualTo(1);
    }

    @Test
    void unknownStudentRejected() throws Exception {
        assertThat(onlyRejection(fill("40000001;7WGA4;12;ADM\n"))).isEqualTo("notes.csv line 2: student 40000001,"
                + " element 7WGA4, value \"12 ADM\": student-not-in-maquette: the maquette has no row for student"
                + " 40000001; check the number, or export a maquette that includes this student");
    }

    @Test
    void nonDigitStudentRejected() throws Exception {
        assertThat(onlyRejection(fill("A5831047;7WGA4;12;\n"))).isEqualTo("notes.csv line 2: student A5831047,"
                + " element 7WGA4, value \"12\": student-number-invalid: an Apogée student number is made of digits");
    }

    @Test
    void studentOnMalformedRowRejected() throws Exception {
        String row = "12345678\tDUPONT Jeanne\t 01/02/2006\t\t\t";
        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW, row));

        assertThat(onlyRejection(fill(maquette, "12345678;7WGA4;12;\n"))).isEqualTo("notes.csv line 2: student"
                + " 12345678, element 7WGA4, value \"12\": student-row-malformed: the row of this student on line 52 of"
                + " the maquette is malformed, see the maquette rows below");
    }

    @Test
    void studentOnTwoRowsRejected() throws Exception {
        Maquette maquette = Samples.read(Samples.withLineBefore(Samples.FIRST_ROW + 3, FIRST_ROW));

        assertThat(onlyRejection(fill(maquette, "58310472;7WGA4;12;\n"))).isEqualTo("notes.csv line 2: student"
                + " 58310472, element 7WGA4, value \"12\": student-row-duplicated: the maquette has a row for this"
                + " student on each of lines 52, 55; export the maquette again from Apogée");
    }

    @Test
    void elementWithoutMarkColumnRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGF4;12;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGF4, value \"12\": no-mark-column: the maquette has no mark (N) column for element 7WGF4;"
                + " elements with one: 7WGA4, 7WGB4, 7WGC4, 7WGD4, 7WGE4");
    }

    @Test
    void elementWithoutResultColumnRejected() throws Exception {
        String declaration = Samples.line(30).replace("\tR\t", "\tJ\t");
        Maquette maquette = Samples.read(Samples.withLine(30, declaration));

        assertThat(onlyRejection(fill(maquette, "58310472;7WGA4;12;ADM\n"))).isEqualTo("notes.csv line 2: student"
                + " 58310472, element 7WGA4, value \"ADM\": no-result-column: the maquette has no result (R) column for"
                + " element 7WGA4; elements with one: 7WGB4, 7WGC4, 7WGD4, 7WGE4");
    }

    @Test
    void elementWithTwoMarkColumnsRejected() throws Exception {
        String declaration = Samples.line(31).replace("7WGB4", "7WGA4").replace("\t0\t1\tN\t", "\t2\t1\tN\t");
        Maquette maquette = Samples.read(Samples.withLine(31, declaration));

        assertThat(onlyRejection(fill(maquette, "58310472;7WGA4;12;\n"))).isEqualTo("notes.csv line 2: student"
                + " 58310472, element 7WGA4, value \"12\": ambiguous-column: element 7WGA4 has several mark columns"
                + " (apoL_c0001 session 0 year 2026, apoL_c0005 session 2 year 2026), and a marks file line cannot say"
                + " which one it is for");
    }

    @Test
    void unencodableMarkRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;12€;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"12€\": not-iso-8859-1: the character '€' (U+20AC) cannot be written in an"
                + " ISO-8859-1 maquette");
    }

    @Test
    void fullWidthDigitsRejected() throws Exception {
        assertThat(onlyRejection(fill("58310472;7WGA4;１２;\n"))).isEqualTo("notes.csv line 2: student 58310472,"
                + " element 7WGA4, value \"１２\": not-iso-8859-1: the character '１' (U+FF11) cannot be written in an"
                + " ISO-8859-1 maquette");
    }

    @Test
    void missingValuesRejected() throws Exception {
        FillResult result = fill(";7WGA4;12;\n58310472;;12;\n58310472;7WGA4;;\n");

        assertThat(result.rejections()).extracting(MarkRejection::reportLine).containsExactly(
                "notes.csv line 2: student -, element 7WGA4, value \"12\": missing-value: the student number is empty",
                "notes.csv line 3: student 58310472, element -, value \"12\": missing-value: the element code is empty",
                "notes.csv line 4: student 58310472, element 7WGA4, value \"\": missing-value: the line gives neither a"
                        + " mark nor a result");
    }

    @Test
    void existingValueReplacedAndListed() throws Exception {
        String row = FIRST_ROW.replaceFirst("\t 19/08/2007\t", "\t 19/08/2007\t10\t");
        row = row.substring(0, row.length() - 1);
        Maquette maquette = Samples.read(Samples.withLine(Samples.FIRST_ROW, row));

        FillResult result = fill(maquette, "58310472;7WGA4;12;\n");

        assertThat(result.replacements()).singleElement().satisfies(replacement -> {
            assertThat(replacement.previous()).isEqualTo("10");
            assertThat(replacement.value()).isEqualTo("12");
            assertThat(replacement.column().id()).isEqualTo("apoL_c0001");
        });
        assertThat(filledRow(result, 52).split("\t", -1)[3]).isEqualTo("12");
    }

    @Test
    void sampleMarksFileCounts() throws Exception {
        MarksFile marks = MarksReader.read("maquette-notes-7W29.csv", Files.readAllBytes(Samples.MARKS));

        FillResult result = NotesFiller.fill(Samples.realMaquetteRead(), marks);

        assertThat(result.linesRead()).isEqualTo(113);
        assertThat(result.linesPlaced()).isEqualTo(105);
        assertThat(result.rejections()).extracting(rejection -> rejection.line() + " " + rejection.rule().id())
                .containsExactly(
                        "13 mark-out-of-scale",
                        "35 mark-too-many-decimals",
                        "57 no-mark-column",
                        "63 student-not-in-maquette",
                        "73 result-code-not-allowed",
                        "81 duplicate",
                        "82 duplicate",
                        "91 special-mark-not-allowed");
    }
}
