package io.augtune.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A lock-free mailbox from worker threads to the UI: producers {@link #offer} as fast as they like, the UI
 * {@link #drain}s everything queued so far about ten times a second, so bursts cost one UI update.
 */
public final class Inbox<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();

    /** From any thread. */
    public void offer(T item) {
        queue.add(item);
    }

    /** Everything queued so far, oldest first. */
    public List<T> drain() {
        List<T> items = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            items.add(item);
        }
        return items;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
