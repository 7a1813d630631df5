package io.augtune.report;

import io.augtune.common.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run metadata beside a report: {@code ranking.csv} gets {@code ranking.meta.properties}. The format is
 * {@code key=value} lines that {@link java.util.Properties#load(java.io.Reader)} reads back exactly, encoded in UTF-8
 * (read it with a UTF-8 reader; non-ASCII text is written as is, not as backslash-u escapes), with one leading comment
 * line naming the report. Backslash, line breaks, tab and form feed are escaped in keys and values; in keys also
 * {@code = : # !} and spaces, and in values a leading space.
 */
public final class MetadataSidecar {
    private static final String SUFFIX = ".meta.properties";

    private MetadataSidecar() {
    }

    /** {@code name.csv} → {@code name.meta.properties} in the same directory; other names just get the suffix. */
    public static Path pathFor(Path csvFile) {
        String name = csvFile.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? name.substring(0, name.length() - 4) : name;
        return csvFile.resolveSibling(base + SUFFIX);
    }

    static void write(Path sidecar, String reportName, Map<String, String> metadata) throws IOException {
        AtomicFiles.write(sidecar, format(reportName, metadata).getBytes(StandardCharsets.UTF_8));
    }

    static String format(String reportName, Map<String, String> metadata) {
        StringBuilder text = new StringBuilder();
        text.append("# AugTune Inspector run metadata for ").append(escape(reportName, false)).append('\n');
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            text.append(escape(entry.getKey(), true)).append('=').append(escape(entry.getValue(), false)).append('\n');
        }
        return text.toString();
    }

    private static String escape(String value, boolean isKey) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(isKey ? "\\" : "").append(c);
                case ' ' -> out.append(isKey || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
