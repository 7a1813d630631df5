package io.augtune.report;

import io.augtune.project.BoundingBox;
import io.augtune.project.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReportWriterTest {
    private static final String HEADER =
            "rank,file,score,verdict,threshold,max_map_score,defect_area_px,defect_bbox,width,height,sha256,decision\r\n";

    @TempDir
    Path dir;

    @Test
    void rowsAreRankedByDescendingScoreWithTiesByFileName() {
        String csv = CsvReportWriter.toCsv(List.of(
                ReportRow.of("b.png", 2.0, Verdict.PASS, 5),
                ReportRow.of("c.png", 7.5, Verdict.FAIL, 5),
                ReportRow.of("a.png", 2.0, Verdict.PASS, 5)));
        assertEquals(HEADER
                + "1,c.png,7.5,FAIL,5.0,,,,,,,\r\n"
                + "2,a.png,2.0,PASS,5.0,,,,,,,\r\n"
                + "3,b.png,2.0,PASS,5.0,,,,,,,\r\n", csv);
    }

    @Test
    void aCompleteRowFillsEveryColumn() {
        ReportRow row = ReportRow.of("part_01.png", 12.25, Verdict.REVIEW, 12.5)
                .withHeatmap(3.75, 420, Optional.of(new BoundingBox(10, 20, 30, 40)))
                .withImage(1024, 768, "ab".repeat(32));
        String line = CsvReportWriter.toCsv(List.of(row)).split("\r\n")[1];
        assertEquals("1,part_01.png,12.25,REVIEW,12.5,3.75,420,10 20 30 40,1024,768," + "ab".repeat(32) + ",", line);
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithDoubledQuotes() {
        assertEquals("\"a,b.png\"", CsvReportWriter.text("a,b.png"));
        assertEquals("\"say \"\"hi\"\".png\"", CsvReportWriter.text("say \"hi\".png"));
        assertEquals("\"two\nlines\"", CsvReportWriter.text("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvReportWriter.text("cr\rhere"));
        assertEquals("plain name.png", CsvReportWriter.text("plain name.png"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertEquals("'=HYPERLINK(1)", CsvReportWriter.guarded("=HYPERLINK(1)"));
        assertEquals("'+1.png", CsvReportWriter.guarded("+1.png"));
        assertEquals("'-2.png", CsvReportWriter.guarded("-2.png"));
        assertEquals("'@SUM(A1)", CsvReportWriter.guarded("@SUM(A1)"));
        assertEquals("'\tx", CsvReportWriter.guarded("\tx"));
        assertEquals("'\rx", CsvReportWriter.guarded("\rx"));
        assertEquals("a=b.png", CsvReportWriter.guarded("a=b.png"));
        // Guarded first, then quoted: the comma forces quotes around the prefixed text.
        assertEquals("\"'=1,2\"", CsvReportWriter.text("=1,2"));
    }

    @Test
    void negativeNumbersWrittenByTheWriterAreNotPrefixed() {
        String line = CsvReportWriter.toCsv(List.of(ReportRow.of("=x.png", -0.5, Verdict.PASS, -1))).split("\r\n")[1];
        assertEquals("1,'=x.png,-0.5,PASS,-1.0,,,,,,,", line);
    }

    @Test
    void numbersUseAPointAndNoExponentEvenUnderAGermanDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234567.125", CsvReportWriter.number(1234567.125));
            assertEquals("0.000125", CsvReportWriter.number(1.25e-4));
            assertEquals("12000000000", CsvReportWriter.number(1.2e10));
            String line = CsvReportWriter.toCsv(List.of(ReportRow.of("a.png", 0.1 + 0.2, Verdict.PASS, 2.5)))
                    .split("\r\n")[1];
            assertEquals("1,a.png,0.30000000000000004,PASS,2.5,,,,,,,", line);
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void writtenNumbersReadBackAsTheSameDouble() {
        for (double v : new double[] {Math.PI, 1e-300, 123456789.123456789, 7.0, Math.nextUp(1.0)}) {
            assertEquals(v, Double.parseDouble(CsvReportWriter.number(v)));
        }
    }

    @Test
    void theFileIsUtf8WithoutBomAndKeepsUnicodeNames(@TempDir Path out) throws IOException {
        Path csv = out.resolve("ranking.csv");
        CsvReportWriter.write(csv, List.of(ReportRow.of("Prüfteil_ß_検査.png", 1, Verdict.PASS, 2)), Map.of());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals('r', bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n1,Prüfteil_ß_検査.png,1.0,PASS,2.0,,,,,,,\r\n"), text);
    }

    @Test
    void writingReplacesAnOldReportAndLeavesNoTemporaryFiles() throws IOException {
        Path csv = dir.resolve("ranking.csv");
        Files.writeString(csv, "old content that is longer than the new one ".repeat(20));
        CsvReportWriter.write(csv, List.of(), Map.of());
        assertEquals(HEADER, Files.readString(csv));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("ranking.csv", "ranking.meta.properties"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void metadataGoesToASidecarThatPropertiesReadsBackExactly() throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("app.version", "0.1.0");
        metadata.put("model id", "run-7:best");
        metadata.put("hyperparameters", "area=0.05, angle=12°\nsecond line \\ with backslash");
        metadata.put("#not a comment", " leading space");
        Path sidecar = CsvReportWriter.write(dir.resolve("ranking.csv"), List.of(), metadata);
        assertEquals(dir.resolve("ranking.meta.properties"), sidecar);
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }
        assertEquals(metadata, Map.copyOf(loaded));
        String text = Files.readString(sidecar);
        assertTrue(text.startsWith("# AugTune Inspector run metadata for ranking.csv\napp.version=0.1.0\n"), text);
    }

    @Test
    void aMissingDirectoryFailsWithAnIoException() {
        Path csv = dir.resolve("missing").resolve("ranking.csv");
        assertThrows(IOException.class, () -> CsvReportWriter.write(csv, List.of(), Map.of()));
    }

    @Test
    void rowsRejectNonFiniteScores() {
        assertThrows(IllegalArgumentException.class, () -> ReportRow.of("a", Double.NaN, Verdict.PASS, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ReportRow.of("a", 1, Verdict.PASS, 1).withHeatmap(Double.POSITIVE_INFINITY, 0, Optional.empty()));
    }

    @Test
    void theSidecarNameReplacesTheCsvExtension() {
        assertEquals(Path.of("out", "a.meta.properties"), MetadataSidecar.pathFor(Path.of("out", "a.CSV")));
        assertEquals(Path.of("report.meta.properties"), MetadataSidecar.pathFor(Path.of("report")));
        assertArrayEquals(CsvReportWriter.COLUMNS.toArray(), HEADER.trim().split(","));
    }
}
