package io.augtune.ui.fx;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A timer on the FX thread that applies queued updates about ten times a second while a view is live. */
public final class Pulse {
    /** The drain period: fast enough to look live, slow enough that bursts coalesce. */
    public static final Duration PERIOD = Duration.millis(100);

    private final Timeline timeline;

    public Pulse(Runnable tick) {
        timeline = new Timeline(new KeyFrame(PERIOD, event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /**
     * Ticks while {@code view} is in a scene and stops when it leaves: a screen that is not shown must not keep the FX
     * thread busy, and one shown again resumes.
     */
    public void whileShown(javafx.scene.Node view) {
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                stop();
            } else {
                start();
            }
        });
    }
}
