package io.augtune.workflow;

import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TuningConfig;

/**
 * When a multi-start tuning will end, played forward from its plan at a given pace per step. The tuner's own estimate
 * (steps left × pace) is far off on every default run, because the wall-clock cap ends most runs early, and a cap
 * alone is wrong too: each start always runs its warm-up and first round (on ELPV these overran the start's share of
 * the cap by half). So this follows the tuner's rules: start {@code s} begins with a deadline of what is left of the
 * cap shared among the starts still to run; the warm-up and the first round always run; a later round begins only
 * before that deadline; a final validation step ends the start.
 */
final class TuningSchedule {
    private final int starts;
    private final int warmup;
    private final int rounds;
    private final int roundSteps;
    private final double capSeconds;

    /**
     * @param capSeconds seconds after the tuning began at which no further round begins; infinite: none
     */
    TuningSchedule(int starts, int warmup, int rounds, int detectorStepsPerRound, double capSeconds) {
        this.starts = starts;
        this.warmup = warmup;
        this.rounds = rounds;
        this.roundSteps = detectorStepsPerRound + 1;
        this.capSeconds = capSeconds;
    }

    /** The schedule of a tuning with this config (the cap is {@link MultiStartTuner#CAP_FACTOR} × its budget). */
    static TuningSchedule of(TuningConfig config) {
        return new TuningSchedule(config.starts(), config.warmupSteps(), config.rounds(),
                config.detectorStepsPerRound(), config.budgetSeconds() > 0
                        ? MultiStartTuner.CAP_FACTOR * config.budgetSeconds() : Double.POSITIVE_INFINITY);
    }

    /**
     * Seconds per step of each kind: training steps (warm-up and detector), hyperparameter steps (a validation
     * gradient, several times a training step) and a start's final validation step.
     */
    record Pace(double training, double hyper, double done) {
        /** One pace for every kind of step. */
        static Pace uniform(double seconds) {
            return new Pace(seconds, seconds, seconds);
        }
    }

    /**
     * Seconds until the last start's final step.
     *
     * @param now        seconds since the tuning began
     * @param start      the start under way (from 0); {@code starts} when all are done
     * @param startBegan seconds since the tuning began at which that start began
     * @param stepsDone  steps of that start already done (its final step not among them)
     */
    double secondsLeft(double now, int start, double startBegan, int stepsDone, Pace pace) {
        double t = now;
        for (int s = start; s < starts; s++) {
            double began = s == start ? startBegan : t;
            t = endOfStart(t, s == start ? stepsDone : 0, deadline(s, began), pace);
        }
        return t - now;
    }

    /** The tuner's deadline for start {@code s} begun at {@code began}: its share of what is left of the cap. */
    private double deadline(int s, double began) {
        return began + Math.max(0, capSeconds - began) / (starts - s);
    }

    private double endOfStart(double t, int done, double deadline, Pace pace) {
        int k = done;
        int mandatory = warmup + roundSteps;
        if (k < mandatory) {
            t += steps(k, mandatory, pace);
            k = mandatory;
        }
        for (int r = 1; r < rounds; r++) {
            int roundEnd = warmup + (r + 1) * roundSteps;
            if (k >= roundEnd) {
                continue;
            }
            if (k <= roundEnd - roundSteps && t >= deadline) {
                break;
            }
            t += steps(k, roundEnd, pace);
            k = roundEnd;
        }
        return t + pace.done();
    }

    /** Seconds of a start's steps {@code from + 1 .. to}; each round ends in a hyperparameter step. */
    private double steps(int from, int to, Pace pace) {
        double seconds = 0;
        for (int i = from + 1; i <= to; i++) {
            seconds += i > warmup && (i - warmup) % roundSteps == 0 ? pace.hyper() : pace.training();
        }
        return seconds;
    }
}
