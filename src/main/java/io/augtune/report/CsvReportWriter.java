package io.augtune.report;

import io.augtune.common.AtomicFiles;
import io.augtune.project.BoundingBox;
import io.augtune.project.Verdict;
import io.augtune.scoring.Ranking;
import io.augtune.scoring.ScoredItem;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the ranking of production images as CSV, plus the run's metadata in a sidecar file
 * (see {@link MetadataSidecar}), because comment lines are not standard CSV.
 *
 * <p>Format:
 * <ul>
 *   <li>Columns, exactly: {@code rank,file,score,verdict,threshold,max_map_score,defect_area_px,defect_bbox,width,
 *       height,sha256,decision}, then one {@code component_NAME} column per component of a fused detector (in the
 *       order the rows name them; none for other detectors: its score in normal spreads above a typical normal
 *       part). One row per image, ordered by descending score, equal scores by file name
 *       ({@link Ranking#ORDER}); rank is 1, 2, 3, ... in that order.</li>
 *   <li>RFC 4180: fields containing a comma, double quote, CR or LF are enclosed in double quotes with inner quotes
 *       doubled; every record, the last included, ends with CRLF.</li>
 *   <li>UTF-8 without a byte order mark (plain for every CSV reader and for scripts; Excel may need
 *       "Data → From Text" to read non-ASCII names correctly).</li>
 *   <li>Numbers are independent of the default locale: '.' as decimal separator, no grouping, no exponent, and as
 *       many digits as needed to read back the exact double (e.g. {@code 12.5}, {@code 0.000125}).
 *       {@code defect_bbox} is {@code "x y w h"} in image pixels, space separated.</li>
 *   <li>Empty field = unknown (an optional value of {@link ReportRow} that is absent).</li>
 *   <li>Formula injection guard: a <em>text</em> field (file, and any other text value) that starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a single quote {@code '} prefixed, so spreadsheets
 *       show it as text instead of running it. Numeric fields are written by this class from doubles and integers,
 *       never from user text, and are not prefixed even when negative, so spreadsheets still read them as
 *       numbers.</li>
 * </ul>
 * Files are written atomically (temporary file, then move).
 */
public final class CsvReportWriter {
    /** The header, in order. */
    public static final List<String> COLUMNS = List.of("rank", "file", "score", "verdict", "threshold",
            "max_map_score", "defect_area_px", "defect_bbox", "width", "height", "sha256", "decision");

    private static final String CRLF = "\r\n";
    private static final Comparator<ReportRow> ORDER =
            Comparator.comparing(row -> new ScoredItem(row.file(), row.score()), Ranking.ORDER);

    private CsvReportWriter() {
    }

    /**
     * Write the CSV and its metadata sidecar ({@link MetadataSidecar#pathFor}); the sidecar is written first, so a
     * CSV on disk always has its metadata beside it.
     *
     * @param csvFile  target file, e.g. {@code ranking.csv}; its directory must exist; replaced if present
     * @param rows     any order; sorted here
     * @param metadata run metadata (hyperparameters, model id, date, app version), written in iteration order
     * @return the sidecar's path
     */
    public static Path write(Path csvFile, List<ReportRow> rows, Map<String, String> metadata) throws IOException {
        Path sidecar = MetadataSidecar.pathFor(csvFile);
        MetadataSidecar.write(sidecar, csvFile.getFileName().toString(), metadata);
        AtomicFiles.write(csvFile, toCsv(rows).getBytes(StandardCharsets.UTF_8));
        return sidecar;
    }

    /** Prefix of the columns of a fused detector's components. */
    public static final String COMPONENT_PREFIX = "component_";

    /** The whole CSV text, header included. */
    public static String toCsv(List<ReportRow> rows) {
        List<ReportRow> sorted = rows.stream().sorted(ORDER).toList();
        List<String> components = sorted.stream().flatMap(r -> r.components().keySet().stream()).distinct().toList();
        StringBuilder csv = new StringBuilder(64 * (sorted.size() + 1));
        csv.append(String.join(",", COLUMNS));
        components.forEach(name -> csv.append(',').append(text(COMPONENT_PREFIX + name)));
        csv.append(CRLF);
        for (int i = 0; i < sorted.size(); i++) {
            appendRow(csv, i + 1, sorted.get(i), components);
        }
        return csv.toString();
    }

    private static void appendRow(StringBuilder csv, int rank, ReportRow row, List<String> components) {
        String[] fields = {
            Integer.toString(rank),
            text(row.file()),
            number(row.score()),
            text(row.verdict().name()),
            number(row.threshold()),
            row.maxMapScore().isPresent() ? number(row.maxMapScore().getAsDouble()) : "",
            row.defectAreaPx().isPresent() ? Long.toString(row.defectAreaPx().getAsLong()) : "",
            row.defectBbox().map(CsvReportWriter::box).orElse(""),
            row.width().isPresent() ? Integer.toString(row.width().getAsInt()) : "",
            row.height().isPresent() ? Integer.toString(row.height().getAsInt()) : "",
            row.sha256().map(CsvReportWriter::text).orElse(""),
            row.decision().map(CsvReportWriter::decisionWord).orElse(""),
        };
        csv.append(String.join(",", fields));
        for (String name : components) {
            Double value = row.components().get(name);
            csv.append(',').append(value == null ? "" : number(value));
        }
        csv.append(CRLF);
    }

    /** The inspector's words: defect, good, unsure. */
    static String decisionWord(Verdict decision) {
        return switch (decision) {
            case FAIL -> "defect";
            case PASS -> "good";
            case REVIEW -> "unsure";
        };
    }

    /** Shortest decimal that reads back as the same double, never in exponent form, locale independent. */
    static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static String box(BoundingBox box) {
        return box.x() + " " + box.y() + " " + box.width() + " " + box.height();
    }

    /** Injection guard first, then RFC 4180 quoting. */
    static String text(String value) {
        return quoted(guarded(value));
    }

    static String guarded(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
