package io.augtune.common;

/** Receives coarse progress of a job: a phase name and a fraction in [0,1] (negative when unknown). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (phase, fraction, detail) -> { };

    void progress(String phase, double fraction, String detail);
}
