package io.augtune.ui.fx;

import java.util.function.Consumer;

/** Runs one task body and routes its outcome through the UI thread; shared by both executors. */
final class TaskRunner {
    private TaskRunner() {
    }

    static <T> void run(Work<T> work, TaskHandle handle, UiThread ui, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(handle.token());
        } catch (Exception | Error e) {
            handle.markDone();
            ui.post(() -> onFailure.accept(e));
            return;
        }
        handle.markDone();
        ui.post(() -> onSuccess.accept(result));
    }
}
