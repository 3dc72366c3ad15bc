package fr.passerelle.format.apogee;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Apogée notes and results maquette, the file Apogée exports for one diploma step so that marks and results can be
 * filled in and imported back.
 *
 * <p>The maquette keeps the original bytes of every line, so that {@link MaquetteWriter} changes only the value fields
 * it fills. Read one with {@link MaquetteReader#read(byte[])}.
 */
public final class Maquette {

    /** Line of the file: its bytes without the line break, and the line break (CRLF, LF, or none at the end). */
    record Line(int number, byte[] content, byte[] terminator) {

        String text() {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private final List<Line> lines;
    private final Map<String, String> titles;
    private final List<ResultCodeList> resultCodeLists;
    private final List<MaquetteColumn> columns;
    private final Map<String, Integer> headerIndexByColumn;
    private final Map<String, StudentRow> rowsByStudent;
    private final Map<String, List<Integer>> duplicateStudentLines;
    private final Map<String, MaquetteProblem> malformedRowsByStudent;
    private final List<MaquetteProblem> problems;

    Maquette(List<Line> lines, Map<String, String> titles, List<ResultCodeList> resultCodeLists,
            List<MaquetteColumn> columns, Map<String, Integer> headerIndexByColumn, Map<String, StudentRow> rowsByStudent,
            Map<String, List<Integer>> duplicateStudentLines, Map<String, MaquetteProblem> malformedRowsByStudent,
            List<MaquetteProblem> problems) {
        this.lines = List.copyOf(lines);
        this.titles = Map.copyOf(titles);
        this.resultCodeLists = List.copyOf(resultCodeLists);
        this.columns = List.copyOf(columns);
        this.headerIndexByColumn = Map.copyOf(headerIndexByColumn);
        this.rowsByStudent = rowsByStudent;
        this.duplicateStudentLines = duplicateStudentLines;
        this.malformedRowsByStudent = malformedRowsByStudent;
        this.problems = List.copyOf(problems);
    }

    /** Returns the value of a line of XX-APO_TITRES-XX, such as {@code apoC_cod_dip}, or an empty string. */
    public String title(String key) {
        return titles.getOrDefault(key, "");
    }

    public List<ResultCodeList> resultCodeLists() {
        return resultCodeLists;
    }

    public List<MaquetteColumn> columns() {
        return columns;
    }

    /** Returns the well-formed student rows, in file order. */
    public List<StudentRow> rows() {
        return List.copyOf(rowsByStudent.values());
    }

    /** Returns the malformed rows of XX-APO_VALEURS-XX, which the writer leaves unchanged, in file order. */
    public List<MaquetteProblem> problems() {
        return problems;
    }

    /** Returns the row of a student, unless the student is missing, on a malformed row or on more than one row. */
    public Optional<StudentRow> row(String studentNumber) {
        return Optional.ofNullable(rowsByStudent.get(studentNumber));
    }

    /** Returns the lines of the rows of a student who appears more than once, or an empty list. */
    public List<Integer> duplicateLines(String studentNumber) {
        return duplicateStudentLines.getOrDefault(studentNumber, List.of());
    }

    /** Returns the problem of the malformed row that carries this student number, if there is one. */
    public Optional<MaquetteProblem> malformedRow(String studentNumber) {
        return Optional.ofNullable(malformedRowsByStudent.get(studentNumber));
    }

    /** Returns the columns of an object code (case as in the maquette) that take the given kind of value. */
    public List<MaquetteColumn> columns(String code, ResultType type) {
        return columns.stream()
                .filter(column -> column.code().equals(code) && column.resultType() == type)
                .toList();
    }

    /** Returns the current content of a field of a student row, empty when the row has no field there. */
    public String value(StudentRow row, MaquetteColumn column) {
        String[] fields = fields(lines.get(row.lineNumber() - 1));
        int index = fieldIndex(row, column);
        return index < fields.length ? fields[index] : "";
    }

    /**
     * Returns the codes a column accepts: the special marks (ABI, ABJ...) for a mark column, the result codes for a
     * result column, nothing for the other kinds.
     *
     * <p>XX-APO_TYP_RES-XX does not name the column each list belongs to. With four lists, as in the sample maquette,
     * the labels of the codes suggest that the first is for diploma (VDI) results, the second for step (VET) results,
     * the third for element (ELP, EPR) results and the last for special marks. With another number of lists, the last
     * is taken for special marks and a result column accepts a code of any other list, or of the only list.
     */
    public Set<String> allowedCodes(MaquetteColumn column) {
        if (resultCodeLists.isEmpty()) {
            return Set.of();
        }
        ResultCodeList specialMarks = resultCodeLists.get(resultCodeLists.size() - 1);
        if (column.resultType() == ResultType.MARK) {
            return new LinkedHashSet<>(specialMarks.codes());
        }
        if (column.resultType() != ResultType.RESULT) {
            return Set.of();
        }
        if (resultCodeLists.size() == 1) {
            return new LinkedHashSet<>(specialMarks.codes());
        }
        if (resultCodeLists.size() == 4) {
            // NOTE: this mapping is inferred from the code labels of one real export, not from an Apogée document.
            Integer index = switch (column.objectType()) {
                case "VDI" -> 0;
                case "VET" -> 1;
                case "ELP", "EPR" -> 2;
                default -> null;
            };
            if (index != null) {
                return new LinkedHashSet<>(resultCodeLists.get(index).codes());
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ResultCodeList list : resultCodeLists.subList(0, resultCodeLists.size() - 1)) {
            codes.addAll(list.codes());
        }
        return codes;
    }

    List<Line> lines() {
        return lines;
    }

    int fieldIndex(StudentRow row, MaquetteColumn column) {
        return row.fieldIndex(headerIndexByColumn.get(column.id()));
    }

    static String[] fields(Line line) {
        return line.text().split("\t", -1);
    }

    /** Lists the students of the well-formed rows, in file order. */
    public List<String> studentNumbers() {
        return new ArrayList<>(rowsByStudent.keySet());
    }
}
