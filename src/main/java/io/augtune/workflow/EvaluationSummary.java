package io.augtune.workflow;

import io.augtune.evaluation.EvaluationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code evaluate} measured, as the front ends need it: the report's lines for a person and its JSON for a
 * script. The report itself stays in the evaluation layer.
 */
public final class EvaluationSummary {
    private final EvaluationReport report;

    EvaluationSummary(EvaluationReport report) {
        this.report = report;
    }

    /** Writes the JSON (and the trajectories beside it). */
    public void writeJson(Path file) throws IOException {
        EvaluateJob.writeJson(report, file);
    }

    /** The report in lines: data set and settings, image AUROC per method, localisation, diagnostics. */
    public List<String> lines() {
        EvaluationReport r = report;
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s%s  family %s  loss %s  size %d  seed %d", r.dataset(),
                r.defect() == null ? "" : " [" + r.defect() + "]", r.family(), r.validationLoss(), r.workingSize(),
                r.seed()));
        out.add(String.format(Locale.ROOT, "detection: %s", r.detection()));
        out.add(String.format(Locale.ROOT, "images: %d normal, %d production (%d anomalous), %d skipped",
                r.normalImages(), r.productionImages(), r.anomalousImages(), r.skippedImages()));
        out.add(String.format(Locale.ROOT, "%-14s %8s %9s  %s", "method", "AUROC", "seconds", "hyperparameters"));
        row(out, "fixed", r.fixed().imageAuroc(), r.fixed().seconds(), r.fixed().hyperparameters());
        if (r.grid().selected() >= 0) {
            EvaluationReport.Method sel = r.grid().points().get(r.grid().selected());
            row(out, "grid-selected", sel.imageAuroc(), r.grid().seconds(), sel.hyperparameters());
            out.add(String.format(Locale.ROOT, "%-14s %8.4f", "grid-best", r.grid().bestAuroc()));
            out.add(String.format(Locale.ROOT, "%-14s %8.4f", "grid-worst", r.grid().worstAuroc()));
        }
        row(out, "tuned", r.tuned().imageAuroc(), r.tuned().seconds(), r.tuned().hyperparameters());
        if (r.tunedPixels() != null && !Double.isNaN(r.tunedPixels().pixelAuroc())) {
            out.add(String.format(Locale.ROOT, "tuned localisation: pixel AUROC %.4f, AUPRO %.4f, pixel F1-max %.4f, "
                            + "image AUROC of max_map_score %.4f (%d masked images)", r.tunedPixels().pixelAuroc(),
                    r.tunedPixels().aupro(), r.tunedPixels().f1Max(), r.tunedPixels().imageAurocMap(),
                    r.tunedPixels().maskedImages()));
        }
        if (r.diagnostics() != null) {
            if (!Double.isNaN(r.diagnostics().spearman())) {
                out.add(String.format(Locale.ROOT, "spearman(validation loss, AUROC) over the grid: %.3f",
                        r.diagnostics().spearman()));
            }
            r.diagnostics().spearmanByLoss().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.add(String.format(Locale.ROOT, "  under %-22s spearman %7.3f, selects AUROC "
                            + "%.4f", e.getKey(), e.getValue(), r.grid().selectedAurocBy(e.getKey()))));
            r.diagnostics().sensitivity().forEach((k, v) ->
                    out.add(String.format(Locale.ROOT, "sensitivity %-10s %s", k, hyperparameters(v))));
        }
        return out;
    }

    private static void row(List<String> out, String name, double auroc, double seconds, Map<String, Double> hyper) {
        if (!Double.isNaN(auroc)) {
            out.add(String.format(Locale.ROOT, "%-14s %8.4f %9.1f  %s", name, auroc, seconds, hyperparameters(hyper)));
        }
    }

    /** {@code name=value} pairs, four significant digits, as the progress lines print them. */
    public static String hyperparameters(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s=%.4g", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" "));
    }
}
