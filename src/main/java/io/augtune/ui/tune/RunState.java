package io.augtune.ui.tune;

/** Where a tuning run shown in the live view is. */
public enum RunState {
    /** Nothing has run yet. */
    IDLE,
    RUNNING,
    PAUSED,
    /** Cancel was asked; the job stops at its next step. */
    STOPPING,
    FINISHED,
    CANCELLED,
    FAILED;

    /** Whether the job is still alive (pause and cancel make sense). */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
