package io.augtune.ui.fx;

import io.augtune.common.CancellationToken;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** Control over one submitted background task: pause, resume, cancel, and whether it has finished. */
public final class TaskHandle {
    private final CancellationToken token;
    private final AtomicBoolean done = new AtomicBoolean();

    public TaskHandle(CancellationToken token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    public CancellationToken token() {
        return token;
    }

    public void cancel() {
        token.cancel();
    }

    public void setPaused(boolean paused) {
        token.setPaused(paused);
    }

    public boolean isPaused() {
        return token.isPaused();
    }

    public boolean isDone() {
        return done.get();
    }

    void markDone() {
        done.set(true);
    }
}
