package fr.passerelle.format;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Record layout of one flat file: how its bytes become records and fields, and what each field must hold.
 *
 * <p>A layout is read from a descriptor ({@code layout.yaml}) by {@link LayoutLoader}. The same kind of layout
 * describes a file that comes in and a file that goes out, so a flow reads with one layout and writes with another.
 *
 * @param id            product and exchange, for example {@code siham/pms-mouvements-c}
 * @param title         one-line description for reports
 * @param source        where the descriptor was read from, for error messages
 * @param format        delimited (CSV-like) or fixed-width lines
 * @param charset       encoding of the file
 * @param bom           whether an output file starts with a UTF-8 byte-order mark (one is always accepted on input)
 * @param separator     field separator of a delimited file
 * @param quote         quote character of a delimited file
 * @param header        whether the first line contains the column labels
 * @param lineEnding    line ending written on output ({@code \r\n} or {@code \n}); input accepts both
 * @param recordLength  length of a fixed-width line, 0 for a delimited file
 * @param multiline     whether a quoted value may span lines
 * @param sheet         name of the sheet of an Excel output
 * @param fields        the fields in file order
 */
public record Layout(
        String id,
        String title,
        String source,
        Format format,
        Charset charset,
        boolean bom,
        char separator,
        char quote,
        boolean header,
        String lineEnding,
        int recordLength,
        boolean multiline,
        String sheet,
        List<FieldSpec> fields) {

    /** Kind of record layout: a delimited line, a fixed-width line, or a row of an Excel sheet (output only). */
    public enum Format {
        DELIMITED, FIXED, XLSX
    }

    /** Returns the file name extension an output of this layout gets, or null to keep the input's. */
    public String outputExtension() {
        return format == Format.XLSX ? ".xlsx" : null;
    }

    /** Returns the field of this name, or null. */
    public FieldSpec field(String name) {
        for (FieldSpec field : fields) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Returns the header line's labels in field order. */
    public String[] columns() {
        String[] columns = new String[fields.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = fields.get(i).column();
        }
        return columns;
    }
}
