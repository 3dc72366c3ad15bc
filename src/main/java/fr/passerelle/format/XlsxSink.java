package fr.passerelle.format;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Writes records as the rows of one Excel sheet with POI's streaming workbook, which keeps only a window of rows in
 * memory and spills the rest to a temporary file, so memory stays flat whatever the number of records.
 *
 * <p>Integers and decimals become numeric cells, dates become date cells shown in the field's format, text stays
 * text. The first row contains the column labels when the layout has a header.
 */
final class XlsxSink extends FileSinks.FileSink {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final List<FieldSpec> fields;
    private final DateFormat[] dates;
    private final CellStyle[] styles;
    private int rowIndex;
    private boolean closed;

    XlsxSink(Layout layout, OutboxFile file) {
        super(file);
        this.fields = layout.fields();
        this.sheet = workbook.createSheet(layout.sheet());
        this.dates = new DateFormat[fields.size()];
        this.styles = new CellStyle[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            if (field.type() == FieldType.DATE) {
                dates[i] = DateFormat.of(field.format());
                styles[i] = workbook.createCellStyle();
                styles[i].setDataFormat(workbook.createDataFormat().getFormat(excelPattern(field.format())));
            }
        }
        if (layout.header()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(rowIndex++);
            for (int i = 0; i < fields.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(fields.get(i).column());
                cell.setCellStyle(bold);
            }
        }
    }

    /** Turns {@code dd/MM/yyyy HH:mm} into Excel's {@code dd/mm/yyyy hh:mm}. */
    static String excelPattern(String pattern) {
        return pattern.replace("MM", "\u0001").replace("mm", "mm").replace("HH", "hh").replace("\u0001", "mm")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public void write(String[] values) throws IOException {
        if (rowIndex >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IOException("more records than an Excel sheet can contain (" + SpreadsheetVersion.EXCEL2007.getMaxRows()
                    + " rows); split the input file");
        }
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            FieldSpec field = fields.get(i);
            switch (field.type()) {
                case INTEGER -> cell.setCellValue(Long.parseLong(value.startsWith("+") ? value.substring(1) : value));
                case DECIMAL -> cell.setCellValue(new BigDecimal(value.replace(field.decimalSeparator(), '.')
                        .replace("+", "")).doubleValue());
                case DATE -> {
                    long packed = dates[i].parse(value);
                    cell.setCellValue(DateFormat.toLocalDateTime(packed));
                    cell.setCellStyle(styles[i]);
                }
                default -> cell.setCellValue(value);
            }
        }
    }

    @Override
    void closeWriter() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream out = Files.newOutputStream(file.temporary())) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    @Override
    public void abort() {
        if (!closed) {
            closed = true;
            try {
                workbook.close();
            } catch (IOException e) {
                // POI's scratch files go with the workbook; nothing was published
            }
        }
        super.abort();
    }
}
