package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.TempFiles;
import io.augtune.common.UnusableInputException;
import io.augtune.engine.FrozenBackbone;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderListing;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageSets;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.ImageAspect;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.MapFacts;
import io.augtune.model.HoldoutSplit;
import io.augtune.model.Scorer;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.project.UserDecision;
import io.augtune.project.Verdict;
import io.augtune.project.Thresholds;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TuningConfig;
import io.augtune.tuning.TuningData;
import io.augtune.validation.ValidationLosses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "tune" use case: read both folders, tune the augmentation end to end, fit the normal Gaussian and the
 * localiser, propose the image and map thresholds from the maps of held-back normal images, score and localise the
 * production images (image score = {@code max_map_score}) and save the model. The result is a complete
 * {@link Project} plus the folder of the saved model.
 */
public final class TuneJob {
    private final TuneRequest request;
    private volatile MultiStartTuner tuner;
    private volatile boolean examplesWanted;

    /**
     * What to tune: a project name, its two folders, its settings, and what an inspector decided about production
     * images (empty for a new project).
     */
    public record TuneRequest(String name, DatasetSpec dataset, ProjectSettings settings, List<Decided> evidence) {
        public TuneRequest {
            evidence = List.copyOf(evidence);
        }

        /** A first tuning: no decisions yet. */
        public TuneRequest(String name, DatasetSpec dataset, ProjectSettings settings) {
            this(name, dataset, settings, List.of());
        }

        /**
         * Retuning {@code project} with what its inspector taught: its Defect and Good decisions (Unsure ones say
         * nothing), each tied to the bytes the decision was made on.
         */
        public static TuneRequest retuning(Project project, ProjectSettings settings) {
            return new TuneRequest(project.name(), project.dataset(), settings, evidenceOf(project));
        }

        /** A project's Defect and Good decisions, each with the hash of the bytes it was made on. */
        public static List<Decided> evidenceOf(Project project) {
            Map<String, String> hashes = new HashMap<>();
            project.manifest().stream().filter(m -> m.role() == ImageRole.PRODUCTION)
                    .forEach(m -> hashes.put(m.relativePath(), m.sha256()));
            List<Decided> evidence = new ArrayList<>();
            for (UserDecision d : project.decisions()) {
                if (d.verdict() != Verdict.REVIEW && hashes.containsKey(d.relativePath())) {
                    evidence.add(new Decided(d.relativePath(), hashes.get(d.relativePath()),
                            d.verdict() == Verdict.FAIL));
                }
            }
            return evidence;
        }
    }

    /** A production image an inspector marked, and the hash of the bytes they saw. */
    public record Decided(String relativePath, String sha256, boolean defect) {
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
        boolean auto = FamilySearch.AUTO.equals(s.family());
        if (!auto) {
            family(s.family());
        }
        FolderListing normalFiles = ImageFolder.list(request.dataset().normalFolder(), request.dataset().recursive());
        ImageAspect typical = ImageAspect.of(normalFiles.images());
        DetectionPlan plan = DetectionPlan.of(s, typical.width(), typical.height());
        LocaliserSpec localiser = plan.patchLevel() ? plan.patches()
                : LocaliserSpec.defaultFor(s.workingSize(), typical.width(), typical.height());
        // Maps need the images at the tile grid's (or patch grid's) size. A whole-image detector gets them
        // area-averaged back to its own; a patch detector gets patches cut from them.
        int[] trainedSize = plan.patchLevel() ? new int[] {plan.trainedWidth(), plan.trainedHeight()}
                : new int[] {localiser.tilesX() * s.workingSize(), localiser.tilesY() * s.workingSize()};
        // fused detection reads the images at the larger of the trained and frozen sizes; each part takes its own
        int[] mapSize = plan.frozenLevel() ? new int[] {plan.imageWidth(), plan.imageHeight()}
                : plan.fused() ? new int[] {Math.max(trainedSize[0], plan.frozen().width()),
                Math.max(trainedSize[1], plan.frozen().height())} : trainedSize;
        FolderScan normal = load(normalFiles, "normal", mapSize, observer, cancel);
        FolderScan production = load(ImageFolder.list(request.dataset().productionFolder(),
                request.dataset().recursive()), "production", mapSize, observer, cancel);
        int channels = ImageSets.commonChannels(normal, production);
        HoldoutSplit split = HoldoutSplit.of(normal.images(), s.holdoutFraction(), s.seed());
        if (plan.frozenLevel()) {
            return frozen(split, channels, plan, production, normal, observer, cancel);
        }
        List<Raster> train = Scorer.atSize(ImageSets.rasters(split.train(), channels), plan.trainedWidth(),
                plan.trainedHeight());
        List<Raster> prod = Scorer.atSize(ImageSets.rasters(production.images(), channels), plan.trainedWidth(),
                plan.trainedHeight());
        // held-back normal images at the trained size: what the family trials and the starts are judged against
        List<Raster> reference = split.holdout().size() >= 2 ? Scorer.atSize(ImageSets.rasters(split.holdout(),
                channels), plan.trainedWidth(), plan.trainedHeight()) : List.of();
        TrialScores judging = plan.patchLevel() ? TrialScores.patchMaxima(plan.patches(), s.seed())
                : TrialScores.wholeImage();
        JudgedImages judged = judged(reference, production, prod);
        if (judged.byDecisions()) {
            observer.onProgress("Tuning", 0, "judged by your decisions: the detector that " + judged.what()
                    + " is kept");
        }
        FamilySearch.Outcome search = auto ? searchFamilies(judged, judging, channels, train, prod, observer,
                cancel) : null;
        DifferentiableAugmentation augmentation = family(search != null ? search.choice().chosen()
                : auto ? FamilySearch.FALLBACK : s.family());
        TuningConfig config = RunPlan.tuningConfig(s);
        MultiStartTuner t = new MultiStartTuner(augmentation, ValidationLosses.byName(s.validationLoss()),
                RunPlan.detectorConfig(s, channels), config);
        if (judged.usable()) {
            t.judgedBy(FamilySearch.judge(judging, train, judged, (start, scores) -> { }, cancel));
        }
        tuner = t;
        if (examplesWanted) {
            t.requestExamples();
        }
        observer.onProgress("Tuning", 0, config.starts() + " starts, " + config.detectorStepsPerStart()
                + " detector steps and " + config.rounds() + " hyperparameter steps each");
        AfterTuningWork after = WorkProbe.afterTuning(RunPlan.detectorConfig(s, channels), localiser, train,
                split.holdout().size(), production.images(), cancel);
        if (plan.fused() && !train.isEmpty()) {
            after = FusedWorkProbe.plusFusion(after, plan.frozen(), split.train().get(0).raster(),
                    FrozenBackbone.ofSetting(s.pretrainedFeatures()), train.size(), split.holdout().size(),
                    production.images().size(), cancel);
        }
        RemainingWork timed = new RemainingWork(observer, TuningSchedule.of(config), after);
        MultiStartTuner.Outcome tuned = t.run(new TuningData(train, prod, channels, s.workingSize()), timed,
                cancel);
        MultiStartTuner.Outcome outcome = search == null ? tuned : new MultiStartTuner.Outcome(
                tuned.result().withFamilyTrials(search.choice()), tuned.selected());
        ScoringModel fitted = Scorer.fitModel(outcome, train, channels, s, cancel);
        try {
            observer.onProgress("Heatmaps", -1, "fitting the localiser; thresholds from held-back normal images");
            if (!plan.fused()) {
                return finish(Scorer.calibrate(fitted, split, channels, s, localiser, cancel), outcome, production,
                        normal, observer, cancel);
            }
            observer.onProgress("Heatmaps", -1, "pretrained features and the global term, put on one scale with "
                    + "held-back normal images");
            try (ScoringModel fused = Scorer.fuse(fitted, localiser, split, channels, s, plan.frozen(), mapSize[0],
                    mapSize[1], cancel)) {
                return finish(fused, outcome, production, normal, observer, cancel);
            }
        } finally {
            fitted.close();
        }
    }

    /**
     * {@code --family auto}: one trial per family, scored against the held-back normal images (or, when the project
     * holds back too few, against a part of the training images kept from the trials alone).
     */
    private FamilySearch.Outcome searchFamilies(JudgedImages judgedOnHeldBack, TrialScores judging,
                                                int channels, List<Raster> train, List<Raster> prod,
                                                TuneObserver observer, CancellationToken cancel) {
        ProjectSettings s = request.settings();
        List<Raster> trialTrain = train;
        JudgedImages judged = judgedOnHeldBack;
        if (!judged.usable()) {
            NormalSplit split = NormalSplit.of(train, HoldoutSplit.heldBack(train.size(), FamilySearch.TRIAL_HOLDOUT,
                    s.seed()));
            trialTrain = split.kept();
            judged = JudgedImages.production(split.held(), prod);
        }
        if (!judged.usable() || trialTrain.size() < 2) {
            observer.onProgress("Choosing the augmentation", 1, "too few normal images to compare kinds of "
                    + "synthetic defect: " + FamilySearch.FALLBACK + " is tuned");
            return null;
        }
        return FamilySearch.choose(ValidationLosses.byName(s.validationLoss()), RunPlan.detectorConfig(s, channels),
                RunPlan.trialConfig(s), trialTrain, judged, prod, channels, s.workingSize(), judging,
                trial -> {
                    tuner = trial;
                    if (examplesWanted) {
                        trial.requestExamples();
                    }
                }, observer, cancel);
    }

    /**
     * What trials and starts are judged on: the inspector's confirmed defects against their good parts and the
     * held-back normal images when there is at least one defect whose image is unchanged, else the production images
     * against the held-back normal images.
     *
     * @param prod the production images at the trained size, in the order of {@code production}
     */
    private JudgedImages judged(List<Raster> reference, FolderScan production, List<Raster> prod) {
        Map<String, Decided> marked = new HashMap<>();
        request.evidence().forEach(d -> marked.put(d.relativePath(), d));
        List<Raster> good = new ArrayList<>();
        List<Raster> defects = new ArrayList<>();
        for (int i = 0; i < prod.size(); i++) {
            Decided d = marked.get(production.images().get(i).info().relativePath());
            if (d != null && d.sha256().equals(production.images().get(i).info().sha256())) {
                (d.defect() ? defects : good).add(prod.get(i));
            }
        }
        JudgedImages decided = JudgedImages.decided(reference, good, defects);
        return decided.usable() ? decided : JudgedImages.production(reference, prod);
    }

    /** Frozen detection: nothing to tune; the memory bank and thresholds are the whole model. */
    private TuneOutcome frozen(HoldoutSplit split, int channels, DetectionPlan plan, FolderScan production,
                               FolderScan normal, TuneObserver observer, CancellationToken cancel)
            throws AugTuneException {
        observer.onProgress("Heatmaps", -1, "memory bank of normal cells; thresholds from held-back normal images");
        try (ScoringModel model = Scorer.fitFrozen(split, channels, request.settings(), plan.imageWidth(),
                plan.imageHeight(), cancel)) {
            return finish(model, null, production, normal, observer, cancel);
        }
    }

    /** @param outcome the tuning, or null for frozen detection (which tunes nothing) */
    private TuneOutcome finish(ScoringModel model, MultiStartTuner.Outcome outcome, FolderScan production,
                               FolderScan normal, TuneObserver observer, CancellationToken cancel)
            throws AugTuneException {
        ProjectSettings s = request.settings();
        observer.onProgress("Scoring", -1, production.images().size() + " production images");
        Thresholds thresholds = model.info().thresholds();
        List<MapFacts> facts = ImageMaps.measure(model, production.images(), null, cancel).facts();
        observer.onProgress("Saving model", -1, "");
        // A production file deleted or changed during the (long) run is reported and left out of the results; the
        // normal images keep the hashes of the bytes the detector was trained on.
        List<SkippedImage> changed = production.changedSinceRead();
        if (!changed.isEmpty()) {
            observer.onSkipped("production", changed);
        }
        Set<String> left = changed.stream().map(SkippedImage::relativePath).collect(Collectors.toSet());
        List<LoadedImage> kept = new ArrayList<>();
        List<ScoredImage> scored = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            LoadedImage image = production.images().get(i);
            if (!left.contains(image.info().relativePath())) {
                kept.add(image);
                scored.add(ScoreJob.scored(image, facts.get(i).imageScore(), facts.get(i)));
            }
        }
        List<ManifestEntry> manifest = new ArrayList<>(Manifests.entries(ImageRole.NORMAL, normal.images()));
        manifest.addAll(Manifests.entries(ImageRole.PRODUCTION, kept));
        Path modelDir = saveModel(model);
        Project created = Project.create(request.name(), request.dataset(), s).withManifest(manifest);
        Project project = (outcome == null ? created.withProvenance(Manifests.provenance(manifest, s.seed()))
                : created.withTuning(outcome.result(), Manifests.provenance(manifest, s.seed())))
                .withScores(scored)
                .withThresholds(thresholds)
                .withModel(true);
        return new TuneOutcome(project, modelDir, normal, production.skipping(changed));
    }

    private static Path saveModel(ScoringModel model) throws AugTuneException {
        Path dir = null;
        try {
            dir = TempFiles.createFolder(TempFiles.MODEL_PREFIX);
            model.save(dir);
            return dir;
        } catch (IOException e) {
            TempFiles.deleteFolder(dir);
            throw new AugTuneException("could not save the trained model: " + e.getMessage(), e);
        }
    }

    /** A folder at {@code size = {width, height}}, every unusable file reported to the observer. */
    private FolderScan load(FolderListing files, String role, int[] size, TuneObserver observer,
                            CancellationToken cancel) throws UnusableInputException {
        FolderScan scan = new FolderLoader(new ImageDecoder()).loadAtResolution(files, size[0], size[1],
                ChannelMode.AUTO, cancel,
                (phase, fraction, detail) -> observer.onProgress("Reading " + role + " images", fraction, detail));
        if (!scan.skipped().isEmpty()) {
            observer.onSkipped(role, scan.skipped());
        }
        return scan;
    }

    public static DifferentiableAugmentation family(String name) throws UnusableInputException {
        try {
            return Augmentations.byFamily(name);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }
}
