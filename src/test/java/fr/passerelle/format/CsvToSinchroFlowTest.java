package fr.passerelle.format;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Flow csv-to-sinchro: CSV in, the .xlsx workbook SINCHRO imports out, with typed cells. */
class CsvToSinchroFlowTest {

    @TempDir
    Path dataDir;

    @Test
    void researchProjectsWrittenAsWorkbook() throws Exception {
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "csv-to-sinchro")) {
            bus.drop(Path.of("samples/sinchro/projets-recherche/PROJETS_2026.csv"), "sinchro/projets-recherche",
                    "PROJETS_2026.csv");
            Path archived = bus.awaitArchived("sinchro/projets-recherche", "PROJETS_2026.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".done");
            Path workbook = bus.outbox("sinchro/projets-recherche").resolve("PROJETS_2026.xlsx");
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheet("Projets");
                assertThat(sheet.getLastRowNum()).isEqualTo(3);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Code projet");
                assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Heures prévues");
                Row first = sheet.getRow(1);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo("ERC-101054321");
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Modèles \"multi-échelles\" des sols");
                assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
                assertThat(new DataFormatter().formatCellValue(first.getCell(3))).isEqualTo("01/01/2024");
                assertThat(first.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(12000.50);
                Row third = sheet.getRow(3);
                assertThat(third.getCell(2)).isNull();
                assertThat(third.getCell(8).getStringCellValue()).isEqualTo("REGION");
            }
        }
    }

    @Test
    void badCycleRowsReportedGoodOnesWritten() throws Exception {
        Path csv = dataDir.resolve("cycles.csv");
        Files.writeString(csv, "matricule;code_cycle;libelle_cycle;date_debut;date_fin;jour;heure_debut;heure_fin;duree_heures\n"
                + "UCN000159222;C3507;35 h;2026-01-01;;1;08:30;16:30;7.00\n"
                + "UCN000159222;C3507;35 h;2026-01-01;;8;08:30;16:70;7.00\n");
        try (FileFlowHarness bus = FileFlowHarness.start(dataDir, Map.of(), "csv-to-sinchro")) {
            bus.drop(csv, "sinchro/cycles-horaires", "CYCLES.csv");
            Path archived = bus.awaitArchived("sinchro/cycles-horaires", "CYCLES.csv");

            assertThat(archived.getParent().getFileName()).hasToString(".error");
            assertThat(archived.resolveSibling(archived.getFileName() + ".report.txt")).content()
                    .contains("records: 2 read, 1 delivered, 1 rejected")
                    .contains("3\tjour\t8\tvalues\tvalue is not one of 1, 2, 3, 4, 5, 6, 7")
                    .contains("3\theure_fin\t16:70\tpattern\t");
            try (InputStream in = Files.newInputStream(bus.outbox("sinchro/cycles-horaires").resolve("CYCLES.xlsx"));
                 XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheet("Cycles");
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(7.0);
            }
        }
    }
}
