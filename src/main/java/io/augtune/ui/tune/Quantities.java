package io.augtune.ui.tune;

import io.augtune.project.TuningPhase;
import io.augtune.project.TuningRun;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Display names and number formats of the tuned quantities. */
public final class Quantities {
    public static final String TRAIN_LOSS = "trainLoss";
    public static final String VALIDATION_LOSS = "validationLoss";

    private static final Map<String, String> TITLES = Map.of(
            TRAIN_LOSS, "Training loss (BCE)",
            VALIDATION_LOSS, "Validation loss",
            "area", "Defect area (fraction of the detector input)",
            "aspect", "Patch aspect ratio",
            "angle", "Rotation angle (°)");

    private Quantities() {
    }

    /** A chart title for a quantity; unknown hyperparameters show their own name. */
    public static String title(String key) {
        return TITLES.getOrDefault(key, key);
    }

    /** "area 0.081 · aspect 0.62", sorted by name. */
    public static String describe(Map<String, Double> hyperparameters) {
        return hyperparameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + format(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** Three significant digits; angles in whole degrees with a degree sign. */
    public static String format(String key, double value) {
        if ("angle".equals(key)) {
            return String.format(Locale.ROOT, "%.0f°", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** What the tuner is doing at a point of this phase, in words. */
    public static String phaseName(TuningPhase phase) {
        return switch (phase) {
            case WARMUP -> "Warming up the detector";
            case DETECTOR -> "Training the detector";
            case HYPER -> "Adjusting the augmentation";
            case DONE -> "Start finished";
        };
    }

    /** The run a multi-start tuning keeps: the lowest final validation loss (runs without one are passed over). */
    public static Optional<TuningRun> best(List<TuningRun> runs) {
        return runs.stream().filter(run -> !Double.isNaN(run.finalValidationLoss()))
                .min(Comparator.comparingDouble(TuningRun::finalValidationLoss));
    }

    /** "1:05", "12:00", "1:02:03"; "–" when unknown. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
