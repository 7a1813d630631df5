package io.augtune.ui;

import io.augtune.project.DatasetSpec;
import io.augtune.project.ExpectedFile;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.welcome.SampleProjects;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The app on real background threads, and saved projects with a ranking but no model, for the UI tests. */
public final class TestProjects {
    private static final String HASH = "a".repeat(64);

    private TestProjects() {
    }

    /** The app in {@code stage}, with in-memory settings, no samples and two background threads. */
    public static AugTuneApp startThreaded(Stage stage) {
        FxBridge bridge = new FxBridge();
        AugTuneApp app = new AugTuneApp(new AppContext(AppSettings.inMemory(), bridge, new ThreadedExecutor(bridge, 2),
                new SampleProjects(List.of())));
        app.start(stage);
        return app;
    }

    /**
     * A project file {@code NAME.augtune} in {@code dir} whose production images {@code p-00.png, p-01.png, ...}
     * (real 24 px images in {@code NAME-production}) have the given scores.
     */
    public static Path savedRanking(Path dir, String name, ProjectSettings settings, Thresholds thresholds,
                                    double... scores) throws Exception {
        return savedRanking(dir, name, settings, null, thresholds, scores);
    }

    /** The same with the tuning that made the ranking (null for none). */
    public static Path savedRanking(Path dir, String name, ProjectSettings settings,
                                    io.augtune.project.TuningResult tuning, Thresholds thresholds,
                                    double... scores) throws Exception {
        Path normal = TestImages.folder(dir, name + "-normal", "n", 2, 0, 1);
        Path production = TestImages.folder(dir, name + "-production", "p", scores.length, 0, 2);
        List<ScoredImage> scored = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            scored.add(ScoredImage.withoutMap(String.format("p-%02d.png", i), scores[i], 24, 24, HASH));
        }
        Project project = Project.create(name, new DatasetSpec(normal, production, false), settings)
                .withScores(scored).withThresholds(thresholds);
        if (tuning != null) {
            project = project.withTuning(tuning);
        }
        Path file = dir.resolve(name + ".augtune");
        new ProjectStore().save(project, file, null, ExpectedFile.absent());
        return file;
    }

    /** The same with the default settings. */
    public static Path savedRanking(Path dir, String name, Thresholds thresholds, double... scores)
            throws Exception {
        return savedRanking(dir, name, ProjectSettings.defaults(), thresholds, scores);
    }
}
