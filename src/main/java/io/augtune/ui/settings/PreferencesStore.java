package io.augtune.ui.settings;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in {@link java.util.prefs.Preferences}, remembered across sessions. */
public final class PreferencesStore implements KeyValueStore {
    private final Preferences node;

    public PreferencesStore(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The app's node in the current user's preferences. */
    public static PreferencesStore forCurrentUser() {
        return new PreferencesStore(Preferences.userRoot().node("io/augtune/inspector"));
    }

    @Override
    public String get(String key) {
        return node.get(key, null);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        flushQuietly();
    }

    @Override
    public void remove(String key) {
        node.remove(key);
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; failing to persist them must never interrupt the user.
        }
    }
}
