package io.augtune.ui.settings;

/** Where {@link AppSettings} keeps its strings: the user's preferences in the app, a map in tests. */
public interface KeyValueStore {
    /** The value, or null when unset. */
    String get(String key);

    void put(String key, String value);

    void remove(String key);
}
