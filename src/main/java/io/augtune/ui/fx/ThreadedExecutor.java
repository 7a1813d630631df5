package io.augtune.ui.fx;

import io.augtune.common.CancellationToken;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs work on a small pool of daemon threads and posts outcomes through a {@link UiThread}. */
public final class ThreadedExecutor implements BackgroundExecutor {
    private final ExecutorService pool;
    private final UiThread ui;
    private final Set<TaskHandle> running = ConcurrentHashMap.newKeySet();

    public ThreadedExecutor(UiThread ui, int threads) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> TaskHandle execute(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(new CancellationToken());
        running.add(handle);
        pool.execute(() -> {
            try {
                TaskRunner.run(work, handle, ui, onSuccess, onFailure);
            } finally {
                running.remove(handle);
            }
        });
        return handle;
    }

    @Override
    public void shutdown() {
        running.forEach(TaskHandle::cancel);
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "augtune-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
    }
}
