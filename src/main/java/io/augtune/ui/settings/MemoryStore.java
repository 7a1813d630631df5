package io.augtune.ui.settings;

import java.util.HashMap;
import java.util.Map;

/** Settings kept in memory only, for tests and for a session that must not touch the user's preferences. */
public final class MemoryStore implements KeyValueStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized String get(String key) {
        return values.get(key);
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
    }
}
