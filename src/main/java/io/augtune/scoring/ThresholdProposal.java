package io.augtune.scoring;

import io.augtune.project.Thresholds;

import java.util.Arrays;
import java.util.Locale;

/**
 * A fail threshold proposed without labels: a high percentile of the scores of held-back normal images
 *. Records the rule and the data it came from, so the UI can show why the line is where it is.
 *
 * <p>Percentile with linear interpolation between order statistics (numpy's default "linear" method): sort the n
 * scores ascending as {@code s[0..n-1]}, take the position {@code h = (p/100)(n − 1)} and return
 * {@code s[⌊h⌋] + (h − ⌊h⌋)(s[⌊h⌋+1] − s[⌊h⌋])}. With one score, that score is the threshold.
 *
 * @param percentile p in (0, 100]
 * @param sampleCount n, the number of held-back normal scores
 * @param value the proposed threshold, in score units
 */
public record ThresholdProposal(double percentile, int sampleCount, double value) {
    /** The default percentile: about one false alarm per hundred normal images. */
    public static final double DEFAULT_PERCENTILE = 99.0;

    public ThresholdProposal {
        checkPercentile(percentile);
        if (sampleCount < 1) {
            throw new IllegalArgumentException("need at least one score, got " + sampleCount);
        }
    }

    /** The {@value #DEFAULT_PERCENTILE}th percentile of the given normal scores. */
    public static ThresholdProposal fromNormalScores(double[] normalScores) {
        return fromNormalScores(normalScores, DEFAULT_PERCENTILE);
    }

    /**
     * The given percentile of the normal scores.
     *
     * @param normalScores finite scores of normal images not used for fitting; not modified
     * @param percentile   in (0, 100]
     */
    public static ThresholdProposal fromNormalScores(double[] normalScores, double percentile) {
        checkPercentile(percentile);
        if (normalScores.length == 0) {
            throw new IllegalArgumentException("no held-back normal scores to propose a threshold from");
        }
        double[] sorted = normalScores.clone();
        for (double s : sorted) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("normal scores must be finite: " + s);
            }
        }
        Arrays.sort(sorted);
        double position = percentile / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return new ThresholdProposal(percentile, sorted.length, value);
    }

    /** The proposal as thresholds without a review band, its rule being {@link #describe()}. */
    public Thresholds toThresholds() {
        return new Thresholds(value, null, describe(), false);
    }

    /** One line for the UI and the report metadata, e.g. "99th percentile of 50 held-back normal scores = 12.3". */
    public String describe() {
        return String.format(Locale.ROOT, "%s percentile (linear interpolation) of %d held-back normal scores = %s",
                ordinal(percentile), sampleCount, readable(value));
    }

    /** Six significant digits: enough to recognise the value, short enough to read; the exact value is in the record. */
    public static String readable(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The percentile in words, e.g. "99th percentile", "99.5th percentile". */
    public String percentileName() {
        return ordinal(percentile) + " percentile";
    }

    private static String ordinal(double p) {
        if (p != Math.rint(p)) {
            return Double.toString(p) + "th";
        }
        long whole = (long) p;
        String suffix = (whole % 100 >= 11 && whole % 100 <= 13) ? "th"
                : switch ((int) (whole % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return whole + suffix;
    }

    private static void checkPercentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percentile);
        }
    }
}
