package io.augtune.common;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation and pausing for long jobs. Loops call {@link #checkpoint()} once per batch or step:
 * it blocks while paused and throws {@link CancelledException} once cancelled. Thread-safe.
 */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Object pauseLock = new Object();
    private boolean paused;

    /** A token nobody ever cancels, for callers that do not need it. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled.set(true);
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void setPaused(boolean pause) {
        synchronized (pauseLock) {
            paused = pause;
            pauseLock.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (pauseLock) {
            return paused;
        }
    }

    /** Waits while paused; throws if cancelled. */
    public void checkpoint() {
        synchronized (pauseLock) {
            while (paused && !cancelled.get()) {
                try {
                    pauseLock.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled.set(true);
                }
            }
        }
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
