package io.augtune.tuning;

/** Counts steps across all starts of a run to report the fraction done, elapsed time and an ETA. */
final class RunProgress {
    private final long startNanos = System.nanoTime();
    private final int starts;
    private final long totalSteps;
    private long stepsDone;

    RunProgress(int starts, long totalSteps) {
        this.starts = starts;
        this.totalSteps = Math.max(1, totalSteps);
    }

    int starts() {
        return starts;
    }

    void stepDone() {
        stepsDone++;
    }

    double fractionDone() {
        return Math.min(1.0, stepsDone / (double) totalSteps);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    double etaSeconds() {
        if (stepsDone == 0) {
            return Double.NaN;
        }
        double perStep = elapsedMillis() / 1000.0 / stepsDone;
        return Math.max(0, (totalSteps - stepsDone) * perStep);
    }
}
