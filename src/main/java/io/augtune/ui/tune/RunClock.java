package io.augtune.ui.tune;

import java.util.function.LongSupplier;

/**
 * Elapsed time of a run without its paused spans, and an ETA that counts down between the job's estimates (a
 * step can take seconds at large working sizes, and the display should still move).
 */
final class RunClock {
    private final LongSupplier nanos;
    private long startedAt;
    private long pausedTotal;
    private long pausedAt = -1;
    private double eta = Double.NaN;
    private double etaSeenAt;

    RunClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    void restart() {
        startedAt = nanos.getAsLong();
        pausedTotal = 0;
        pausedAt = -1;
        eta = Double.NaN;
    }

    void pause() {
        if (pausedAt < 0) {
            pausedAt = nanos.getAsLong();
        }
    }

    void resume() {
        if (pausedAt >= 0) {
            pausedTotal += nanos.getAsLong() - pausedAt;
            pausedAt = -1;
        }
    }

    double elapsedSeconds() {
        long now = pausedAt >= 0 ? pausedAt : nanos.getAsLong();
        return (now - startedAt - pausedTotal) / 1e9;
    }

    void sawEta(double seconds) {
        eta = seconds;
        etaSeenAt = elapsedSeconds();
    }

    /** The last estimate minus the running time since it came; unknown before the first. */
    double etaNow() {
        return Double.isFinite(eta) ? Math.max(0, eta - (elapsedSeconds() - etaSeenAt)) : Double.NaN;
    }
}
