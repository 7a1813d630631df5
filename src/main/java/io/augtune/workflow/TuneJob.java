package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.LoadedImage;
import io.augtune.imaging.Raster;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TuningConfig;
import io.augtune.tuning.TuningData;
import io.augtune.validation.ValidationLosses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "tune" use case: read both folders, tune the augmentation end to end, fit the normal Gaussian, propose a
 * threshold from held-back normal images, score the production images and save the model. The result is a complete
 * {@link Project} plus the folder of the saved model.
 */
public final class TuneJob {
    private final TuneRequest request;
    private volatile MultiStartTuner tuner;
    private volatile boolean examplesWanted;

    /** What to tune: a project name, its two folders and its settings. */
    public record TuneRequest(String name, DatasetSpec dataset, ProjectSettings settings) {
    }

    /** The tuned project, where its model was saved, and what was skipped. */
    public record TuneOutcome(Project project, Path modelDir, FolderScan normal, FolderScan production) {
    }

    public TuneJob(TuneRequest request) {
        this.request = request;
    }

    /** Asks for fresh augmented examples; served after the tuner's next step. Any thread. */
    public void requestExamples() {
        MultiStartTuner t = tuner;
        if (t != null) {
            t.requestExamples();
        } else {
            examplesWanted = true;
        }
    }

    public TuneOutcome run(TuneObserver observer, CancellationToken cancel) throws AugTuneException {
        ProjectSettings s = request.settings();
        DifferentiableAugmentation augmentation = family(s.family());
        FolderScan normal = load(request.dataset().normalFolder(), "normal", observer, cancel);
        FolderScan production = load(request.dataset().productionFolder(), "production", observer, cancel);
        int channels = ImageSets.commonChannels(normal, production);
        HoldoutSplit split = HoldoutSplit.of(normal.images(), s.holdoutFraction(), s.seed());
        List<Raster> train = ImageSets.rasters(split.train(), channels);
        List<Raster> prod = ImageSets.rasters(production.images(), channels);
        TuningConfig config = RunPlan.tuningConfig(s);
        MultiStartTuner t = new MultiStartTuner(augmentation, ValidationLosses.byName(s.validationLoss()),
                RunPlan.detectorConfig(s, channels), config);
        tuner = t;
        if (examplesWanted) {
            t.requestExamples();
        }
        observer.onProgress("Tuning", 0, config.starts() + " starts, " + config.detectorStepsPerStart()
                + " detector steps and " + config.rounds() + " hyperparameter steps each");
        MultiStartTuner.Outcome outcome = t.run(new TuningData(train, prod, channels, s.workingSize()), observer,
                cancel);
        ScoringModel fitted = Scorer.fitModel(outcome, train, channels, s, cancel);
        try {
            observer.onProgress("Scoring", -1, "held-back normal images for the threshold");
            ScoringModel model = fitted.withThresholds(Scorer.proposeThresholds(fitted, split, channels, s, cancel));
            return finish(model, outcome, production, normal, channels, observer, cancel);
        } finally {
            fitted.close();
        }
    }

    private TuneOutcome finish(ScoringModel model, MultiStartTuner.Outcome outcome, FolderScan production,
                               FolderScan normal, int channels, TuneObserver observer, CancellationToken cancel)
            throws AugTuneException {
        ProjectSettings s = request.settings();
        observer.onProgress("Scoring", -1, production.images().size() + " production images");
        Thresholds thresholds = model.info().thresholds();
        double[] scores = model.scoreAll(ImageSets.rasters(production.images(), channels), cancel);
        observer.onProgress("Saving model", -1, "");
        List<ManifestEntry> manifest = new ArrayList<>(Manifests.entries(ImageRole.NORMAL, normal.images()));
        manifest.addAll(Manifests.entries(ImageRole.PRODUCTION, production.images()));
        List<ScoredImage> scored = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            LoadedImage image = production.images().get(i);
            scored.add(ScoredImage.withoutMap(image.info().relativePath(), scores[i], image.info().width(),
                    image.info().height(), Manifests.hashOf(manifest, ImageRole.PRODUCTION, image)));
        }
        Path modelDir = saveModel(model);
        Project project = Project.create(request.name(), request.dataset(), s)
                .withManifest(manifest)
                .withTuning(outcome.result(), Manifests.provenance(manifest, s.seed()))
                .withScores(scored)
                .withThresholds(thresholds)
                .withModel(true);
        return new TuneOutcome(project, modelDir, normal, production);
    }

    private static Path saveModel(ScoringModel model) throws AugTuneException {
        try {
            Path dir = Files.createTempDirectory("augtune-model-");
            model.save(dir);
            return dir;
        } catch (IOException e) {
            throw new AugTuneException("could not save the trained model: " + e.getMessage(), e);
        }
    }

    private FolderScan load(Path folder, String role, TuneObserver observer, CancellationToken cancel)
            throws UnusableInputException {
        FolderScan scan = ImageSets.load(folder, request.dataset().recursive(), request.settings().workingSize(),
                ChannelMode.AUTO, cancel,
                (phase, fraction, detail) -> observer.onProgress("Reading " + role + " images", fraction, detail));
        if (!scan.skipped().isEmpty()) {
            observer.onSkipped(role, scan.skipped());
        }
        return scan;
    }

    static DifferentiableAugmentation family(String name) throws UnusableInputException {
        try {
            return Augmentations.byFamily(name);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }
}
