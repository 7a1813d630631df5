package io.augtune.ui.results;

import io.augtune.project.Thresholds;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;
import java.util.Objects;

/**
 * The fail threshold and the optional review band as the user edits them on the histogram. Keeps the proposed
 * thresholds so the user can go back to them, and produces the {@link Thresholds} record to save.
 */
public final class ThresholdModel {
    /**
     * Default width of a new review band, as a share of the score range. Narrow on purpose: normal parts crowd just
     * below a threshold proposed from normal scores, so a wide default band sends most of them to review (measured
     * on the textures sample: a tenth of the range put all 39 passing images in review). The user drags it wider.
     */
    static final double DEFAULT_BAND_SHARE = 0.03;

    private final ReadOnlyDoubleWrapper fail = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper reviewLower = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Thresholds> current = new ReadOnlyObjectWrapper<>();
    private Thresholds proposed;
    private double range = 1;

    /** Shows the given thresholds; {@code scoreRange} sizes a new review band. */
    void load(Thresholds thresholds, double scoreRange) {
        proposed = Objects.requireNonNull(thresholds, "thresholds");
        range = scoreRange > 0 ? scoreRange : 1;
        fail.set(thresholds.fail());
        reviewLower.set(thresholds.hasReviewBand() ? thresholds.reviewLower() : Double.NaN);
        overridden.set(thresholds.userOverridden());
        publish();
    }

    /** Moves the fail threshold; a review band keeps its width below it. */
    public void setFail(double value) {
        if (!Double.isFinite(value) || value == fail.get()) {
            return;
        }
        double width = hasReviewBand() ? fail.get() - reviewLower.get() : Double.NaN;
        fail.set(value);
        if (hasReviewBand()) {
            reviewLower.set(value - width);
        }
        overridden.set(true);
        publish();
    }

    /** Moves the lower edge of the review band; it stays below the fail threshold. */
    public void setReviewLower(double value) {
        if (!hasReviewBand() || !Double.isFinite(value)) {
            return;
        }
        double span = Math.max(Math.ulp(fail.get()) * 4, range * 1e-6);
        reviewLower.set(Math.min(value, fail.get() - span));
        overridden.set(true);
        publish();
    }

    /** Adds a review band below the fail threshold, or removes it. */
    public void setReviewBand(boolean on) {
        if (on == hasReviewBand()) {
            return;
        }
        reviewLower.set(on ? fail.get() - DEFAULT_BAND_SHARE * range : Double.NaN);
        overridden.set(true);
        publish();
    }

    /** Back to the proposed thresholds. */
    public void reset() {
        load(proposed, range);
    }

    public boolean hasReviewBand() {
        return !Double.isNaN(reviewLower.get());
    }

    public ReadOnlyDoubleProperty failProperty() {
        return fail.getReadOnlyProperty();
    }

    /** NaN when there is no review band. */
    public ReadOnlyDoubleProperty reviewLowerProperty() {
        return reviewLower.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    /** The thresholds as they stand, as saved with the project. */
    public ReadOnlyObjectProperty<Thresholds> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** How the proposed threshold was found, and whether the user moved it. */
    public String describe() {
        String text = proposed == null ? "" : String.format(Locale.ROOT, "Proposed: fail ≥ %.4g, the %s",
                proposed.fail(), ruleInWords(proposed.rule()));
        if (overridden.get()) {
            text += String.format(Locale.ROOT, "%sSet by you: fail ≥ %.4g", text.isEmpty() ? "" : ". ", fail.get());
            if (hasReviewBand()) {
                text += String.format(Locale.ROOT, ", review ≥ %.4g", reviewLower.get());
            }
        }
        return text;
    }

    /**
     * The rule without its repeated value and internal column names: rules saved by earlier versions read
     * "... of the max_map_score of 24 held-back normal images = 13.013367458101975".
     */
    static String ruleInWords(String rule) {
        return rule.replaceAll("\\s*=\\s*[-+0-9.eE]+", "").replace(" (linear interpolation)", "")
                .replace("the max_map_score of", "the scores of");
    }

    private void publish() {
        Double review = hasReviewBand() ? reviewLower.get() : null;
        String rule = proposed == null ? "" : proposed.rule();
        current.set(new Thresholds(fail.get(), review, rule, overridden.get()));
    }
}
