package fr.passerelle.format.apogee;

import java.util.List;

/**
 * Marks file from a grading tool, read by {@link MarksReader}.
 *
 * @param name      file name, as the report names it
 * @param encoding  how the bytes were decoded: "UTF-8 with BOM", "UTF-8" or "ISO-8859-1"
 * @param separator field separator found in the header line: ';' or ','
 * @param marks     the lines that could be split into fields, in file order
 * @param rejected  the lines that could not, such as a line with too many fields
 */
public record MarksFile(String name, String encoding, char separator, List<MarkLine> marks,
        List<MarkRejection> rejected) {

    public MarksFile {
        marks = List.copyOf(marks);
        rejected = List.copyOf(rejected);
    }

    /** Returns the number of data lines, placed or not. */
    public int lineCount() {
        return marks.size() + rejected.size();
    }
}
