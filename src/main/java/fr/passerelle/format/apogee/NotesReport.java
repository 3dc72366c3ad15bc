package fr.passerelle.format.apogee;

import java.util.List;

/**
 * Text of the report written beside a filled maquette: what was placed, each mark line not placed and why, and each
 * malformed maquette row.
 */
public final class NotesReport {

    private static final String NONE = "(none)";

    private NotesReport() {
    }

    /** Formats the report of a pair whose two files could be read. */
    public static String filled(String name, String maquetteFile, Maquette maquette, MarksFile marks,
            FillResult result, boolean written) {
        StringBuilder report = new StringBuilder();
        heading(report, name);
        report.append("Maquette:   ").append(maquetteFile).append(" (diploma ").append(maquette.title("apoC_cod_dip"))
                .append(", year ").append(maquette.title("apoC_annee")).append(", ").append(maquette.rows().size())
                .append(" student rows, ").append(maquette.columns().size()).append(" value columns)\n");
        report.append("Marks file: ").append(marks.name()).append(" (").append(marks.encoding())
                .append(", separator '").append(marks.separator()).append("')\n");
        report.append("Output:     ").append(written
                ? name + ".TXT, ready for import into Apogée"
                : "none, because no mark line could be placed").append('\n');
        report.append("Mark lines read: ").append(result.linesRead()).append(", placed: ").append(result.linesPlaced())
                .append(", not placed: ").append(result.rejections().size()).append("\n\n");

        report.append("Mark lines not placed (").append(result.rejections().size()).append("):\n");
        if (result.rejections().isEmpty()) {
            report.append(NONE).append('\n');
        }
        for (MarkRejection rejection : result.rejections()) {
            report.append(rejection.reportLine()).append('\n');
        }

        report.append('\n');
        malformedRows(report, maquetteFile, maquette.problems());

        report.append("\nValues that replaced a value already in the maquette (").append(result.replacements().size())
                .append("):\n");
        if (result.replacements().isEmpty()) {
            report.append(NONE).append('\n');
        }
        for (NotesFiller.Replacement replacement : result.replacements()) {
            MarkLine line = replacement.line();
            report.append(marks.name()).append(" line ").append(line.lineNumber()).append(": student ")
                    .append(line.student()).append(", element ").append(line.element()).append(", column ")
                    .append(replacement.column().id()).append(": \"").append(replacement.previous())
                    .append("\" replaced by \"").append(replacement.value()).append("\"\n");
        }
        return report.toString();
    }

    /** Formats the report of a pair that was not processed, because one of its files is missing or unreadable. */
    public static String notProcessed(String name, List<String> reasons) {
        StringBuilder report = new StringBuilder();
        heading(report, name);
        report.append("Output:     none, the pair was not processed and its files are in .error/\n\n");
        report.append("Reasons:\n");
        for (String reason : reasons) {
            report.append(reason).append('\n');
        }
        return report.toString();
    }

    private static void heading(StringBuilder report, String name) {
        report.append("Apogée notes import: ").append(name).append("\n\n");
    }

    private static void malformedRows(StringBuilder report, String maquetteFile, List<MaquetteProblem> problems) {
        report.append("Malformed maquette rows, left unchanged (").append(problems.size()).append("):\n");
        if (problems.isEmpty()) {
            report.append(NONE).append('\n');
        }
        for (MaquetteProblem problem : problems) {
            report.append(maquetteFile).append(" line ").append(problem.lineNumber()).append(": ")
                    .append(problem.message()).append('\n');
        }
    }
}
