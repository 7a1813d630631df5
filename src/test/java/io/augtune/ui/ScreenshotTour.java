package io.augtune.ui;

import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.shell.MainWindow;
import io.augtune.ui.welcome.SampleProjects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: a manual tour for looking at the real window under Xvfb. Drives the view-models like a user and
 * saves a snapshot of each screen. Run with the test class path:
 * {@code java -cp ... io.augtune.ui.ScreenshotTour <normal folder> <production folder> <output folder>}.
 */
public final class ScreenshotTour {
    private static String[] arguments;

    public static void main(String[] args) {
        arguments = args;
        Application.launch(TourApp.class, args);
    }

    /** The application class itself must not be the main class (JavaFX on the class path). */
    public static final class TourApp extends Application {
        @Override
        public void start(Stage stage) {
            new ScreenshotTour().begin(stage);
        }
    }

    void begin(Stage stage) {
        FxBridge bridge = new FxBridge();
        AppContext context = new AppContext(AppSettings.inMemory(), bridge, new ThreadedExecutor(bridge, 2),
                new SampleProjects(List.of(Path.of("sample-projects"))));
        MainWindow window = new MainWindow(context, stage);
        window.show();
        Thread tour = new Thread(() -> run(window, stage), "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void run(MainWindow window, Stage stage) {
        try {
            Path out = Path.of(arguments[2]);
            pause(1500);
            snap(stage, out.resolve("welcome.png"));
            onFx(() -> {
                window.workbench().newProject();
                window.workbench().newProjectModel().chooseNormalFolder(Path.of(arguments[0]));
                window.workbench().newProjectModel().chooseProductionFolder(Path.of(arguments[1]));
            });
            pause(600);
            snap(stage, out.resolve("new-project-loading.png"));
            pause(6000);
            snap(stage, out.resolve("new-project.png"));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void snap(Stage stage, Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new File(file.toString()));
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
