package io.augtune.ui;

import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.shell.MainWindow;
import io.augtune.ui.shell.Workbench;
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
            if (arguments.length > 3 && arguments[3].equals("synthetic")) {
                syntheticRun(window);
                snap(stage, out.resolve("tune-synthetic.png"));
                syntheticResults(window);
                snap(stage, out.resolve("results-synthetic.png"));
            } else {
                realRun(window, stage, out, arguments.length > 3 ? Integer.parseInt(arguments[3]) : 60);
            }
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    /** Tunes for real with the given budget, snapping the live view mid-run and the results after. */
    private static void realRun(MainWindow window, Stage stage, Path out, int budget) throws Exception {
        var model = window.workbench().newProjectModel();
        onFx(() -> {
            model.settings().textProperty(io.augtune.project.Setting.BUDGET_SECONDS)
                    .set(Integer.toString(budget));
            // e.g. -Daugtune.tour.detection=patches to look at patch-level detection
            String detection = System.getProperty("augtune.tour.detection");
            if (detection != null) {
                model.settings().textProperty(io.augtune.project.Setting.DETECTION).set(detection);
            }
            String family = System.getProperty("augtune.tour.family");
            if (family != null) {
                model.settings().textProperty(io.augtune.project.Setting.FAMILY).set(family);
            }
            String backbone = System.getProperty("augtune.tour.backbone");
            if (backbone != null) {
                model.settings().textProperty(io.augtune.project.Setting.BACKBONE).set(backbone);
            }
            model.start();
        });
        long began = System.nanoTime();
        boolean midShot = false;
        boolean familyShot = false;
        boolean keptShot = false;
        var live = window.workbench().liveModel();
        while (live.stateProperty().get().isActive() || live.stateProperty().get() == io.augtune.ui.tune.RunState.IDLE) {
            pause(1000);
            double elapsed = (System.nanoTime() - began) / 1e9;
            // auto trying its third family, with that trial's examples shown and two trials' curves ended
            if (!familyShot && live.familyTextProperty().get().startsWith("Trying:")
                    && live.familyTrials().series().size() >= 3 && live.examplesProperty().get() != null) {
                pause(1500);
                snap(stage, out.resolve("tune-family.png"));
                familyShot = true;
            }
            // the trials over: the family kept is marked, with why
            if (!keptShot && !live.familyTrials().keptProperty().get().isEmpty()) {
                pause(500);
                snap(stage, out.resolve("tune-family-kept.png"));
                keptShot = true;
            }
            if (!midShot && !live.stepTextProperty().get().isEmpty() && live.progressProperty().get() > 0.5) {
                snap(stage, out.resolve("tune-live.png"));
                midShot = true;
            }
            if (elapsed > 20 * budget + 120) {
                throw new IllegalStateException("tuning did not finish");
            }
        }
        pause(800);
        snap(stage, out.resolve("tune-done.png"));
        onFx(() -> {
            window.workbench().showResults();
            var results = window.workbench().resultsModel();
            results.thresholds().setReviewBand(true);
            results.selectedProperty().set(results.rows().get(1));
        });
        waitForDetail(window);
        snap(stage, out.resolve("results.png"));
        afterResults(window, stage, out);
    }

    /** Waits until the detail pane has loaded the selected image (the first one opens the model: seconds). */
    private static void waitForDetail(MainWindow window) throws Exception {
        var results = window.workbench().resultsModel();
        pause(500);
        for (int i = 0; i < 120 && (results.detailLoadingProperty().get() || results.detailProperty().get() == null);
             i++) {
            pause(500);
        }
        pause(800);
    }

    /** Save, score a batch, the start screen with a recent project, and a wrong setting. */
    private static void afterResults(MainWindow window, Stage stage, Path out) throws Exception {
        Workbench workbench = window.workbench();
        Path production = workbench.newProjectModel().production().folder();
        onFx(() -> workbench.saveAs(out.resolve("mono.augtune")));
        pause(3000);
        Path batch = java.nio.file.Files.isDirectory(production.resolve("good")) ? production.resolve("good")
                : workbench.newProjectModel().normal().folder();
        onFx(() -> workbench.scoreBatch(batch));
        for (int i = 0; i < 120 && !workbench.batchShownProperty().get(); i++) {
            pause(1000);
        }
        onFx(() -> workbench.resultsModel().selectedProperty().set(workbench.resultsModel().rows().get(0)));
        waitForDetail(window);
        snap(stage, out.resolve("batch.png"));
        onFx(() -> workbench.navigator().show(io.augtune.ui.shell.Screen.WELCOME));
        pause(800);
        snap(stage, out.resolve("welcome-recent.png"));
        onFx(() -> {
            workbench.navigator().show(io.augtune.ui.shell.Screen.NEW_PROJECT);
            workbench.newProjectModel().settings().textProperty(io.augtune.project.Setting.BATCH_SIZE)
                    .set("lots");
            ((javafx.scene.control.TitledPane) stage.getScene().lookup("#advancedSettings")).setExpanded(true);
        });
        pause(1500);
        snap(stage, out.resolve("settings-invalid.png"));
    }

    /** Feeds made-up tuning events, to look at the live view before a real run is wired. */
    private static void syntheticRun(MainWindow window) throws Exception {
        var live = window.workbench().liveModel();
        var thumbs = window.workbench().newProjectModel().normal().thumbnails();
        onFx(() -> {
            live.begin("mono", () -> { });
            window.workbench().navigator().show(io.augtune.ui.shell.Screen.TUNE);
        });
        java.util.Random random = new java.util.Random(1);
        for (int start = 0; start < 3; start++) {
            double area = 0.03 + 0.05 * start;
            for (int step = 0; step < 300; step++) {
                area += (0.07 - area) * 0.01 + 0.002 * random.nextGaussian();
                double validation = step % 6 == 5 ? 0.4 + 0.5 * Math.exp(-step / 80.0) + 0.02 * random.nextGaussian()
                        : Double.NaN;
                var point = new io.augtune.project.TrajectoryPoint(start, step,
                        io.augtune.project.TuningPhase.DETECTOR, 0.69 * Math.exp(-step / 60.0) + 0.05
                        + 0.03 * random.nextGaussian(), validation,
                        java.util.Map.of("area", Math.max(0.02, area), "aspect", 0.5 + 0.2 * Math.sin(step / 50.0)),
                        step * 100L);
                live.inbox().offer(new io.augtune.ui.tune.LiveUpdate.Step(point, 3, (start * 300 + step) / 900.0, 60));
            }
            if (start == 1) {
                break;
            }
        }
        java.util.List<io.augtune.common.Raster> originals = thumbs.stream().limit(6).map(t -> t.preview()).toList();
        java.util.List<io.augtune.common.Raster> augmented = originals.stream().map(r -> {
            float[] data = r.data().clone();
            for (int y = 20; y < 40; y++) {
                for (int x = 30; x < 45; x++) {
                    data[y * r.width() + x] = 0f;
                }
            }
            return new io.augtune.common.Raster(r.width(), r.height(), 1, data);
        }).toList();
        live.inbox().offer(new io.augtune.ui.tune.LiveUpdate.Examples(1, 299, java.util.Map.of("area", 0.07,
                "aspect", 0.6), originals, augmented));
        pause(1500);
    }

    /** Made-up scores of the production folder: defective images score higher on average. */
    private static void syntheticResults(MainWindow window) throws Exception {
        var production = window.workbench().newProjectModel().production();
        java.util.Random random = new java.util.Random(3);
        java.util.List<io.augtune.project.ScoredImage> scores = production.thumbnails().stream()
                .map(t -> io.augtune.project.ScoredImage.withoutMap(t.relativePath(),
                        10 + 3 * random.nextGaussian() + (t.relativePath().startsWith("defective") ? 6 : 0),
                        t.width(), t.height(), "0".repeat(64)))
                .toList();
        var data = new io.augtune.ui.results.ResultsData("Production images", production.folder(), scores,
                new io.augtune.project.Thresholds(15.5, null, "99th percentile (linear interpolation) of 40 "
                        + "held-back normal scores = 15.5", false), null);
        onFx(() -> {
            window.workbench().resultsModel().show(data,
                    new io.augtune.ui.results.DiskDetailLoader(production.folder()));
            window.workbench().navigator().show(io.augtune.ui.shell.Screen.RESULTS);
            var model = window.workbench().resultsModel();
            model.selectedProperty().set(model.rows().get(2));
        });
        pause(2500);
    }

    static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }

    static void snap(Stage stage, Path file) throws Exception {
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

    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
