package io.augtune.augment;

/**
 * The range of one augmentation hyperparameter and its sigmoid reparameterisation: an unconstrained value
 * {@code u} maps to {@code lo + (hi - lo) * sigmoid(u)} (linear scale) or to
 * {@code exp(log lo + (log hi - log lo) * sigmoid(u))} (log scale), so the value can never leave [lo, hi].
 *
 * @param name     stable identifier used in results and JSON, e.g. {@code area}, {@code aspect}, {@code angle}
 * @param lo       lower bound (inclusive limit)
 * @param hi       upper bound
 * @param logScale whether to interpolate on a log scale (requires lo &gt; 0)
 * @param unit     unit shown to users, e.g. {@code "fraction"}, {@code "ratio"}, {@code "degrees"}
 */
public record HyperparameterRange(String name, double lo, double hi, boolean logScale, String unit) {

    public HyperparameterRange {
        if (!(hi > lo)) {
            throw new IllegalArgumentException(name + ": hi must exceed lo");
        }
        if (logScale && lo <= 0) {
            throw new IllegalArgumentException(name + ": log scale needs lo > 0");
        }
    }

    /** Maps an unconstrained value to the range. */
    public double toValue(double u) {
        double s = 1.0 / (1.0 + Math.exp(-u));
        if (logScale) {
            return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * s);
        }
        return lo + (hi - lo) * s;
    }

    /** Inverse of {@link #toValue}; values at or beyond the bounds are pulled slightly inside. */
    public double toUnconstrained(double value) {
        double s = logScale
                ? (Math.log(value) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))
                : (value - lo) / (hi - lo);
        s = Math.min(1 - 1e-6, Math.max(1e-6, s));
        return Math.log(s / (1 - s));
    }

    /** The value in the middle of the range (geometric middle on a log scale). */
    public double midValue() {
        return toValue(0.0);
    }
}
