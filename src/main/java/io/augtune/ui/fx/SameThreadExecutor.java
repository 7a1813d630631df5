package io.augtune.ui.fx;

import io.augtune.common.CancellationToken;

import java.util.function.Consumer;

/** Runs work on the calling thread and calls back at once: deterministic view-model tests, no threads. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> TaskHandle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(new CancellationToken());
        TaskRunner.run(work, handle, UiThread.DIRECT, onSuccess, onFailure);
        return handle;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
