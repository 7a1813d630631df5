package io.augtune.tuning;

/** A wall-clock cap; {@link #none()} never expires. */
final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    static Deadline inSeconds(double seconds) {
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
    }

    boolean expired() {
        return endNanos != Long.MAX_VALUE && System.nanoTime() > endNanos;
    }

    double secondsLeft() {
        return endNanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (endNanos - System.nanoTime()) / 1e9;
    }
}
