package io.augtune.ui;

import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.shell.MainWindow;
import io.augtune.ui.welcome.SampleProjects;
import io.augtune.ui.widgets.FittedImage;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: opens a saved project under Xvfb, selects the top-ranked image, zooms into its heatmap's hottest
 * point and saves a snapshot, for looking at large images the way an engineer does. Run with the test class path:
 * {@code java -cp ... io.augtune.ui.ZoomShot <project file> <output png> [zoom]}.
 */
public final class ZoomShot {
    private static String[] arguments;

    private ZoomShot() {
    }

    public static void main(String[] args) {
        arguments = args;
        Application.launch(ShotApp.class, args);
    }

    /** The application class must not be the main class (JavaFX on the class path). */
    public static final class ShotApp extends Application {
        @Override
        public void start(Stage stage) {
            FxBridge bridge = new FxBridge();
            AppContext context = new AppContext(AppSettings.inMemory(), bridge, new ThreadedExecutor(bridge, 2),
                    new SampleProjects(List.of()));
            MainWindow window = new MainWindow(context, stage);
            window.show();
            Thread shot = new Thread(() -> run(window, stage), "zoom-shot");
            shot.setDaemon(true);
            shot.start();
        }
    }

    private static void run(MainWindow window, Stage stage) {
        try {
            var workbench = window.workbench();
            ScreenshotTour.onFx(() -> workbench.openProject(Path.of(arguments[0]).toAbsolutePath()));
            while (!workbench.resultsModel().hasResultsProperty().get()) {
                ScreenshotTour.pause(200);
            }
            ScreenshotTour.onFx(() -> workbench.resultsModel().selectedProperty()
                    .set(workbench.resultsModel().rows().get(0)));
            while (workbench.resultsModel().detailProperty().get() == null) {
                ScreenshotTour.pause(200);
            }
            ScreenshotTour.pause(1000);
            double zoom = arguments.length > 2 ? Double.parseDouble(arguments[2]) : 4;
            ScreenshotTour.onFx(() -> {
                var map = workbench.resultsModel().detailProperty().get().heatmap();
                double[] hottest = hottest(map.values(), map.width(), map.height());
                FittedImage image = (FittedImage) stage.getScene().lookup("#detailImage");
                image.viewport().setZoom(zoom);
                image.viewport().panBy(hottest[0] - image.viewport().centreXProperty().get(),
                        hottest[1] - image.viewport().centreYProperty().get());
            });
            ScreenshotTour.pause(1500);
            ScreenshotTour.snap(stage, Path.of(arguments[1]));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            javafx.application.Platform.exit();
        }
    }

    /** The map's largest value, as fractions of its width and height. */
    private static double[] hottest(double[] values, int width, int height) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return new double[] {(best % width + 0.5) / width, (best / width + 0.5) / height};
    }
}
