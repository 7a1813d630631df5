package io.augtune.ui.fx;

/**
 * Where view-model state may change: the JavaFX application thread in the app, the calling thread in tests.
 * Background work hands its results over through this interface only.
 */
public interface UiThread {
    /** Runs on the calling thread at once; for view-model tests without a toolkit. */
    UiThread DIRECT = Runnable::run;

    /** Runs {@code action} on the UI thread later (or now, for {@link #DIRECT}). */
    void post(Runnable action);
}
