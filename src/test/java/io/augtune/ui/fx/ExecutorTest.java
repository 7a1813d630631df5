package io.augtune.ui.fx;

import io.augtune.common.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutorTest {

    @Test
    void sameThreadExecutorDeliversTheResultBeforeReturning() {
        List<Object> outcomes = new ArrayList<>();
        TaskHandle handle = new SameThreadExecutor().execute(token -> 42, outcomes::add, outcomes::add);
        assertEquals(List.of(42), outcomes);
        assertTrue(handle.isDone());
    }

    @Test
    void failuresReachTheFailureCallback() {
        List<Throwable> failures = new ArrayList<>();
        new SameThreadExecutor().execute(token -> {
            throw new IllegalStateException("broken");
        }, result -> { }, failures::add);
        assertEquals("broken", failures.get(0).getMessage());
    }

    @Test
    void threadedExecutorRunsOffTheCallerAndCanBeCancelled() throws InterruptedException {
        ThreadedExecutor executor = new ThreadedExecutor(UiThread.DIRECT, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        TaskHandle handle = executor.execute(token -> {
            started.countDown();
            while (true) {
                token.checkpoint();
                Thread.sleep(5);
            }
        }, result -> ended.countDown(), error -> {
            failure.set(error);
            ended.countDown();
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        handle.cancel();
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        assertInstanceOf(CancelledException.class, failure.get());
        executor.shutdown();
    }

    @Test
    void inboxDrainsEverythingQueuedInOrder() {
        Inbox<Integer> inbox = new Inbox<>();
        inbox.offer(1);
        inbox.offer(2);
        assertEquals(List.of(1, 2), inbox.drain());
        assertTrue(inbox.drain().isEmpty());
    }
}
