package io.augtune.ui;

import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.fx.UiThread;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.settings.PreferencesStore;
import io.augtune.ui.welcome.SampleProjects;

import java.util.Objects;

/**
 * What the desktop app is built from: remembered settings, the UI thread, the background executor and where the
 * sample projects are. Created once in {@link AugTuneApp} and passed down; tests build their own.
 */
public record AppContext(AppSettings settings, UiThread uiThread, BackgroundExecutor executor,
                         SampleProjects samples) {
    /**
     * Background threads: a long job (tuning, scoring a batch) and a folder or thumbnail reader may run at once,
     * and the selected image's detail must still load without waiting for either.
     */
    static final int WORKER_THREADS = 3;

    public AppContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(samples, "samples");
    }

    /** The installed app: the user's preferences, a few worker threads, samples beside the jar. */
    public static AppContext standard() {
        FxBridge bridge = new FxBridge();
        return new AppContext(new AppSettings(PreferencesStore.forCurrentUser()), bridge,
                new ThreadedExecutor(bridge, WORKER_THREADS), SampleProjects.standard());
    }

    /** Settings that are forgotten on exit and no sample folders: for tests. */
    public static AppContext forTests(BackgroundExecutor executor) {
        return new AppContext(AppSettings.inMemory(), new FxBridge(), executor,
                new SampleProjects(java.util.List.of()));
    }
}
