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

    /** How a hyperparameter's value is shown: fractions as percentages, angles in degrees, ratios as they are. */
    private enum Scale { PERCENT, DEGREES, PLAIN }

    private record Quantity(String title, Scale scale) {
    }

    private static final Map<String, Quantity> QUANTITIES = Map.ofEntries(
            Map.entry(TRAIN_LOSS, new Quantity("Training loss (BCE)", Scale.PLAIN)),
            Map.entry(VALIDATION_LOSS, new Quantity("Validation loss", Scale.PLAIN)),
            Map.entry("area", new Quantity("Defect area (% of the detector input)", Scale.PERCENT)),
            Map.entry("aspect", new Quantity("Patch aspect ratio (width / height)", Scale.PLAIN)),
            Map.entry("angle", new Quantity("Rotation angle (°)", Scale.DEGREES)),
            Map.entry("length", new Quantity("Line length (% of the detector input's side)", Scale.PERCENT)),
            Map.entry("width", new Quantity("Line width (% of the detector input's side)", Scale.PERCENT)),
            Map.entry("contrast", new Quantity("Line contrast (% of the way to black or white)", Scale.PERCENT)),
            Map.entry("tilt", new Quantity("Line tilt from horizontal, at most (°)", Scale.DEGREES)),
            Map.entry("size", new Quantity("Stain diameter (% of the detector input's side)", Scale.PERCENT)),
            Map.entry("opacity", new Quantity("Stain opacity (%)", Scale.PERCENT)),
            Map.entry("strength", new Quantity("Shading strength (% of the way to black or white at the edges)",
                    Scale.PERCENT)));

    private Quantities() {
    }

    /** A chart title for a quantity, with its unit; unknown hyperparameters show their own name. */
    public static String title(String key) {
        Quantity quantity = QUANTITIES.get(key);
        return quantity == null ? key : quantity.title();
    }

    /** "area 8.10 % · aspect 0.620", sorted by name. */
    public static String describe(Map<String, Double> hyperparameters) {
        return hyperparameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + format(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** Three significant digits in the unit of {@link #title}: "8.10 %", "45°" (whole degrees), "0.620". */
    public static String format(String key, double value) {
        return switch (scaleOf(key)) {
            case PERCENT -> String.format(Locale.ROOT, "%.3g %%", 100 * value);
            case DEGREES -> String.format(Locale.ROOT, "%.0f°", value);
            case PLAIN -> String.format(Locale.ROOT, "%.3g", value);
        };
    }

    /** The value as its chart plots it, in the unit of {@link #title} (a fraction becomes a percentage). */
    public static double inDisplayUnit(String key, double value) {
        return scaleOf(key) == Scale.PERCENT ? 100 * value : value;
    }

    private static Scale scaleOf(String key) {
        Quantity quantity = QUANTITIES.get(key);
        return quantity == null ? Scale.PLAIN : quantity.scale();
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
