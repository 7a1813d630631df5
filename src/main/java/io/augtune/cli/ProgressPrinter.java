package io.augtune.cli;

import io.augtune.common.SkippedImage;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningRun;
import io.augtune.project.TuningEvent;
import io.augtune.workflow.EvaluationSummary;
import io.augtune.workflow.TuneObserver;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints tuning progress to stderr: one line every few seconds, plus every skipped file and finished start. */
final class ProgressPrinter implements TuneObserver {
    private static final long INTERVAL_NANOS = 3_000_000_000L;
    private final PrintWriter err;
    private long lastPrint;
    private double lastValidationLoss = Double.NaN;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(String phase, double fraction, String detail) {
        if (fraction < 0 || fraction >= 1 || due()) {
            err.printf(Locale.ROOT, "%s%s%s%n", phase, fraction >= 0 ? String.format(Locale.ROOT, " %3.0f%%",
                    100 * fraction) : "", detail.isEmpty() ? "" : ": " + detail);
        }
    }

    @Override
    public void onSkipped(String role, List<SkippedImage> skipped) {
        for (SkippedImage s : skipped) {
            err.println("skipped (" + role + "): " + s.path() + ": " + s.reason());
        }
    }

    @Override
    public void onStep(TuningEvent event) {
        TrajectoryPoint p = event.point();
        if (p.hasValidationLoss()) {
            lastValidationLoss = p.validationLoss();
        }
        if (!due()) {
            return;
        }
        // Fixed and grid settings are single runs numbered by setting; tuning starts count up to their total.
        String run = p.start() < event.starts() ? "start " + (p.start() + 1) + "/" + event.starts()
                : "setting " + (p.start() + 1);
        err.printf(Locale.ROOT, "tune %s %-8s step %4d  train %.4f  val %s  %s  %3.0f%%  ETA %s%n",
                run, p.phase().name().toLowerCase(Locale.ROOT), p.step(), p.trainLoss(),
                Double.isNaN(lastValidationLoss) ? "-" : String.format(Locale.ROOT, "%.4f", lastValidationLoss),
                format(p.hyperparameters()), 100 * event.fractionDone(), eta(event.etaSeconds()));
    }

    @Override
    public void onStartFinished(TuningRun run) {
        err.printf(Locale.ROOT, "start %d finished: final validation loss %.4f, %s%n", run.start() + 1,
                run.finalValidationLoss(), format(run.finalHyperparameters()));
        lastValidationLoss = Double.NaN;
    }

    static String format(Map<String, Double> values) {
        return EvaluationSummary.hyperparameters(values);
    }

    private static String eta(double seconds) {
        return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.0fs", seconds);
    }

    private boolean due() {
        long now = System.nanoTime();
        if (now - lastPrint >= INTERVAL_NANOS) {
            lastPrint = now;
            return true;
        }
        return false;
    }
}
