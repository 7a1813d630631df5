package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.evaluation.EvaluationReport;
import io.augtune.workflow.EvaluateJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code evaluate}: fixed vs grid vs tuned image AUROC on a labelled data set in the MVTec layout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures image AUROC of the fixed, grid and tuned methods on a labelled data set in the "
                + "MVTec layout (good/ or train/good/, test/<type>/, ground_truth/<type>/). Test labels are used only "
                + "for the metrics, never for training or tuning.",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The data set folder.")
    Path dataset;

    @Option(names = "--defect", paramLabel = "NAME",
            description = "Keep only test/good and test/NAME (one task per defect type).")
    String defect;

    @Option(names = "--methods", paramLabel = "LIST", split = ",", defaultValue = "fixed,grid,tuned",
            description = "Comma-separated subset of fixed,grid,tuned (default: all).")
    Set<String> methods;

    @Option(names = "--diagnose", description = "Add the sensitivity run (tuning against normal-only, defect-only and "
            + "mixed production images) and, when the grid runs, the Spearman correlation of its validation losses "
            + "(under every loss) with its AUROCs.")
    boolean diagnose;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON (trajectories to "
            + "FILE.trajectories.csv beside it).")
    Path json;

    @CommandLine.Mixin
    SettingsOptions settings;

    @Override
    public Integer call() throws Exception {
        if (json != null) {
            OutputFiles.requireFolderOf(json, "--json");
        }
        EvaluateJob.Request request = new EvaluateJob.Request(dataset, defect,
                settings.toSettings(spec.commandLine()), parseMethods(), diagnose);
        EvaluationReport report = new EvaluateJob(request).run(new ProgressPrinter(spec.commandLine().getErr()),
                CancellationToken.none());
        print(report, spec.commandLine().getOut());
        if (json != null) {
            EvaluateJob.writeJson(report, json);
            spec.commandLine().getOut().println("json written to " + json.toAbsolutePath());
        }
        return ExitCodes.OK;
    }

    private Set<EvaluateJob.Method> parseMethods() {
        Set<EvaluateJob.Method> out = EnumSet.noneOf(EvaluateJob.Method.class);
        for (String m : methods) {
            try {
                out.add(EvaluateJob.Method.valueOf(m.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--methods takes fixed, grid and/or tuned: " + m);
            }
        }
        return out;
    }

    static void print(EvaluationReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s%s  family %s  loss %s  size %d  seed %d%n", r.dataset(),
                r.defect() == null ? "" : " [" + r.defect() + "]", r.family(), r.validationLoss(), r.workingSize(),
                r.seed());
        out.printf(Locale.ROOT, "detection: %s%n", r.detection());
        out.printf(Locale.ROOT, "images: %d normal, %d production (%d anomalous), %d skipped%n", r.normalImages(),
                r.productionImages(), r.anomalousImages(), r.skippedImages());
        out.printf(Locale.ROOT, "%-14s %8s %9s  %s%n", "method", "AUROC", "seconds", "hyperparameters");
        row(out, "fixed", r.fixed().imageAuroc(), r.fixed().seconds(), r.fixed().hyperparameters());
        if (r.grid().selected() >= 0) {
            EvaluationReport.Method sel = r.grid().points().get(r.grid().selected());
            row(out, "grid-selected", sel.imageAuroc(), r.grid().seconds(), sel.hyperparameters());
            out.printf(Locale.ROOT, "%-14s %8.4f%n", "grid-best", r.grid().bestAuroc());
            out.printf(Locale.ROOT, "%-14s %8.4f%n", "grid-worst", r.grid().worstAuroc());
        }
        row(out, "tuned", r.tuned().imageAuroc(), r.tuned().seconds(), r.tuned().hyperparameters());
        if (r.tunedPixels() != null && !Double.isNaN(r.tunedPixels().pixelAuroc())) {
            out.printf(Locale.ROOT, "tuned localisation: pixel AUROC %.4f, AUPRO %.4f, pixel F1-max %.4f, "
                            + "image AUROC of max_map_score %.4f (%d masked images)%n", r.tunedPixels().pixelAuroc(),
                    r.tunedPixels().aupro(), r.tunedPixels().f1Max(), r.tunedPixels().imageAurocMap(),
                    r.tunedPixels().maskedImages());
        }
        if (r.diagnostics() != null) {
            if (!Double.isNaN(r.diagnostics().spearman())) {
                out.printf(Locale.ROOT, "spearman(validation loss, AUROC) over the grid: %.3f%n",
                        r.diagnostics().spearman());
            }
            r.diagnostics().spearmanByLoss().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.printf(Locale.ROOT, "  under %-22s spearman %7.3f, selects AUROC %.4f%n",
                            e.getKey(), e.getValue(), r.grid().selectedAurocBy(e.getKey())));
            r.diagnostics().sensitivity().forEach((k, v) ->
                    out.printf(Locale.ROOT, "sensitivity %-10s %s%n", k, ProgressPrinter.format(v)));
        }
    }

    private static void row(PrintWriter out, String name, double auroc, double seconds,
                            java.util.Map<String, Double> hyper) {
        if (Double.isNaN(auroc)) {
            return;
        }
        out.printf(Locale.ROOT, "%-14s %8.4f %9.1f  %s%n", name, auroc, seconds, ProgressPrinter.format(hyper));
    }
}
