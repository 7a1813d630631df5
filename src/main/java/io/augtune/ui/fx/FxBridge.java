package io.augtune.ui.fx;

import javafx.application.Platform;

/** The one bridge from worker threads to the JavaFX application thread: the only caller of Platform.runLater. */
public final class FxBridge implements UiThread {

    @Override
    public void post(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
