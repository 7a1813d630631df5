package io.augtune.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers between sessions: recent projects (newest first, at most {@value #MAX_RECENT}), the last
 * folder a chooser showed, and the window's bounds. Injected, never global; tests pass a {@link MemoryStore}.
 */
public final class AppSettings {
    public static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String WINDOW = "window";

    private final KeyValueStore store;

    public AppSettings(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Settings that live only as long as this object. */
    public static AppSettings inMemory() {
        return new AppSettings(new MemoryStore());
    }

    /** Recent project files, newest first. */
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = store.get(RECENT + i);
            if (value != null && !value.isBlank()) {
                recent.add(Path.of(value));
            }
        }
        return List.copyOf(recent);
    }

    /** Puts a project at the top of the recent list, removing an older entry of the same file. */
    public void rememberProject(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(normalised);
        recent.add(0, normalised);
        writeRecent(recent);
    }

    /** Drops a project from the recent list, e.g. because its file is gone. */
    public void forgetProject(Path file) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(file.toAbsolutePath().normalize());
        writeRecent(recent);
    }

    public Optional<Path> lastFolder() {
        return Optional.ofNullable(store.get(LAST_FOLDER)).map(Path::of);
    }

    public void setLastFolder(Path folder) {
        store.put(LAST_FOLDER, folder.toAbsolutePath().normalize().toString());
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(WindowBounds.decode(store.get(WINDOW)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        store.put(WINDOW, bounds.encode());
    }

    private void writeRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                store.put(RECENT + i, recent.get(i).toString());
            } else {
                store.remove(RECENT + i);
            }
        }
    }
}
