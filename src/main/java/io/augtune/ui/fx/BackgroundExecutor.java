package io.augtune.ui.fx;

import java.util.function.Consumer;

/**
 * Runs work off the UI thread and delivers its outcome on the UI thread. The app uses {@link ThreadedExecutor};
 * view-model tests use {@link SameThreadExecutor}, which runs everything inline.
 */
public interface BackgroundExecutor {

    /**
     * Starts {@code work}. Exactly one of the callbacks runs on the UI thread when it ends: {@code onSuccess} with its
     * result, or {@code onFailure} with what it threw (a {@link io.augtune.common.CancelledException} when cancelled).
     */
    <T> TaskHandle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Cancels what runs and refuses new work. */
    void shutdown();
}
