package io.augtune.project;

import java.util.Locale;

/**
 * The values a numeric setting may take, each end open or closed: working sizes are 16..1024, a threshold
 * percentile is in (0, 100]. Whole-number ranges are written {@code min..max}, decimal ones in interval notation.
 *
 * @param min          lower end
 * @param minIncluded  whether {@code min} itself is allowed
 * @param max          upper end
 * @param maxIncluded  whether {@code max} itself is allowed
 * @param whole        whether only whole numbers are meant (changes only how the range is written)
 */
public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, boolean whole) {

    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range: " + min + ", " + max);
        }
    }

    /** Whole numbers from {@code min} to {@code max}, both included. */
    public static Range whole(long min, long max) {
        return new Range(min, true, max, true, true);
    }

    /** Decimal numbers between {@code min} and {@code max}, each end included or not. */
    public static Range decimal(double min, boolean minIncluded, double max, boolean maxIncluded) {
        return new Range(min, minIncluded, max, maxIncluded, false);
    }

    /** Whether the value lies in the range; NaN never does. */
    public boolean contains(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        boolean belowMax = maxIncluded ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** The same range with both ends multiplied by {@code factor}, as a form shows a fraction in percent. */
    public Range times(double factor) {
        return new Range(min * factor, minIncluded, max * factor, maxIncluded, whole);
    }

    /** "16..1024" or "(0, 100]", the way validation messages and the command line's help write it. */
    @Override
    public String toString() {
        if (whole && minIncluded && maxIncluded) {
            return number(min) + ".." + number(max);
        }
        return (minIncluded ? "[" : "(") + number(min) + ", " + number(max) + (maxIncluded ? "]" : ")");
    }

    /** "between 16 and 1,024", or "more than 0 and at most 100" where an end is open: for messages to users. */
    public String inWords() {
        if (minIncluded && maxIncluded) {
            return "between " + number(min, "%,d") + " and " + number(max, "%,d");
        }
        return (minIncluded ? "at least " : "more than ") + number(min, "%,d")
                + (maxIncluded ? " and at most " : " and less than ") + number(max, "%,d");
    }

    private static String number(double value) {
        return number(value, "%d");
    }

    /** Whole values without a decimal point, others as Java writes them; the ends of a long's range by name. */
    private static String number(double value, String wholeFormat) {
        if (value <= Long.MIN_VALUE) {
            return "-2^63";
        }
        if (value >= Long.MAX_VALUE) {
            return "2^63-1";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, wholeFormat, (long) value)
                : Double.toString(value);
    }
}
