package io.augtune.model;

import io.augtune.common.AppVersion;
import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.FrozenBackbone;
import io.augtune.imaging.ImageSets;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.Embeddings;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Thresholds;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.MapThreshold;
import io.augtune.scoring.ThresholdProposal;
import io.augtune.tuning.MultiStartTuner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Turns a tuned detector into a scoring model with its localiser and proposes thresholds without labels. */
public final class Scorer {
    private Scorer() {
    }

    /** Fits the Gaussian of the clean normal embeddings; takes ownership of the selected detector. */
    public static ScoringModel fitModel(MultiStartTuner.Outcome outcome, List<Raster> trainNormals, int channels,
                                 ProjectSettings s, CancellationToken cancel) {
        ModelInfo info = new ModelInfo(UUID.randomUUID().toString(), outcome.result().family(),
                outcome.result().selected().finalHyperparameters(), s.workingSize(), channels, s.seed(),
                AppVersion.app(), AppVersion.djl(), AppVersion.pytorch(), Instant.now(), null, null, null);
        // Patch detection reads images larger than the detector's input: the whole-image Gaussian (nearest normal
        // images, models without maps) sees them squashed to the working size, as whole-image detection does.
        double[][] z = Embeddings.toDoubles(outcome.selected().detector().embedRasters(
                atSize(trainNormals, s.workingSize()), cancel));
        return new ScoringModel(outcome.selected().detector(), GaussianModel.fit(z), info);
    }

    /**
     * Fits the localiser on the training normals, then proposes both thresholds from the same maps of the held-back
     * normals (of the training normals when none were held back, stated in the rules): the image threshold from
     * their maxima, since {@code max_map_score} is the image score of a model with a localiser (README, Heatmaps),
     * at the settings' percentile; the map threshold from their values ({@link MapThreshold#fromNormalMaps}).
     */
    public static ScoringModel calibrate(ScoringModel model, HoldoutSplit split, int channels, ProjectSettings s,
                                  LocaliserSpec spec, CancellationToken cancel) {
        int width = spec.isPatchGrid() ? spec.grid().width() : spec.tilesX() * s.workingSize();
        int height = spec.isPatchGrid() ? spec.grid().height() : spec.tilesY() * s.workingSize();
        List<Raster> train = atSize(ImageSets.rasters(split.train(), channels), width, height);
        Localiser localiser = fitTrained(model.detector(), spec, train, s, cancel);
        PatchLocaliser tiled = localiser instanceof PatchLocaliser t ? t : null;
        PatchGridLocaliser patches = localiser instanceof PatchGridLocaliser p ? p : null;
        boolean heldBack = !split.holdout().isEmpty();
        List<AnomalyMap> maps;
        String caveat;
        if (heldBack) {
            maps = localiser.maps(atSize(ImageSets.rasters(split.holdout(), channels), width, height), cancel);
            caveat = "";
        } else if (patches != null && LocaliserSpec.SCORER_KNN.equals(spec.scorer()) && train.size() >= 2) {
            // A training normal's patches are in its own memory bank (distance 0), so their maps would put the
            // thresholds at noise level: the second half is scored against a bank of the first half instead.
            int half = train.size() / 2;
            maps = PatchGridLocaliser.fit(model.detector(), spec, train.subList(0, half), s.seed(), cancel)
                    .maps(train.subList(half, train.size()), cancel);
            caveat = " (no images held back: half the training normals against a bank of the other half)";
        } else {
            maps = localiser.maps(train, cancel);
            caveat = " (no images held back: training normals, optimistic)";
        }
        MapThreshold pixels = mapThreshold(maps, caveat);
        ScoringModel located = tiled != null ? model.withLocaliser(tiled, pixels) : model.withLocaliser(patches,
                pixels);
        return located.withThresholds(imageThresholds(maps, caveat, s));
    }

    /**
     * The trained detector's localiser fitted on these normal images (any size: brought to the patch grid's, or the
     * tile grid's): nearest normal patches or a Gaussian for a patch grid, per-position Gaussians for tiles.
     */
    static Localiser fitTrained(Detector detector, LocaliserSpec spec, List<Raster> normals, ProjectSettings s,
                                CancellationToken cancel) {
        if (spec.isPatchGrid()) {
            return PatchGridLocaliser.fit(detector, spec, atSize(normals, spec.grid().width(), spec.grid().height()),
                    s.seed(), cancel);
        }
        return PatchLocaliser.fit(detector, spec, atSize(normals, spec.tilesX() * s.workingSize(),
                spec.tilesY() * s.workingSize()), cancel);
    }

    /**
     * A frozen-feature model (issue #14): the memory bank of the training normals' cells, and both thresholds from the
     * maps of the held-back normals as {@link #calibrate} proposes them. Without held-back images, half the training
     * normals are scored against a bank of the other half: their own cells are in their bank (distance 0).
     *
     * @param width  the size images are read at ({@link DetectionPlan#imageWidth()})
     * @param height their height
     */
    public static ScoringModel fitFrozen(HoldoutSplit split, int channels, ProjectSettings s, int width, int height,
                                  CancellationToken cancel) {
        List<Raster> train = atSize(ImageSets.rasters(split.train(), channels), width, height);
        FrozenBackbone backbone = FrozenBackbone.ofSetting(s.pretrainedFeatures());
        FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(train, backbone, width, height, s.seed(),
                cancel);
        try {
            List<AnomalyMap> maps;
            String caveat = "";
            if (!split.holdout().isEmpty()) {
                maps = localiser.maps(atSize(ImageSets.rasters(split.holdout(), channels), width, height), cancel);
            } else if (train.size() >= 2) {
                int half = train.size() / 2;
                try (FrozenPatchLocaliser halfBank = FrozenPatchLocaliser.fit(train.subList(0, half), backbone, width,
                        height, s.seed(), cancel)) {
                    maps = halfBank.maps(train.subList(half, train.size()), cancel);
                }
                caveat = " (no images held back: half the training normals against a bank of the other half)";
            } else {
                maps = localiser.maps(train, cancel);
                caveat = " (no images held back: training normals, optimistic)";
            }
            ModelInfo info = new ModelInfo(UUID.randomUUID().toString(), FROZEN_FAMILY, java.util.Map.of(),
                    s.workingSize(), channels, s.seed(), AppVersion.app(), AppVersion.djl(), AppVersion.pytorch(),
                    Instant.now(), null, null, null);
            return ScoringModel.frozen(localiser, info, mapThreshold(maps, caveat))
                    .withThresholds(imageThresholds(maps, caveat, s));
        } catch (RuntimeException e) {
            localiser.close();
            throw e;
        }
    }

    /**
     * Fused detection (issue #14): the trained detector's localiser and frozen features fitted on the training
     * normals, a global term of their brightness, all put on one scale by the held-back normals, whose fused scores
     * and maps then propose both thresholds. The trained localiser's own thresholds are never needed, so its
     * held-back maps are made once, here. Without held-back images, models of half the training normals score the
     * other half ({@link HalfCalibration}), which the rules state.
     *
     * @param fitted the model with its trained detector and no localiser; the fused model takes over the detector
     * @param spec   how the trained detector localises
     * @param width  the fused input size (the larger of the trained and frozen sizes)
     */
    public static ScoringModel fuse(ScoringModel fitted, LocaliserSpec spec, HoldoutSplit split, int channels,
                                    ProjectSettings s, DetectionPlan.FrozenSize size, int width, int height,
                                    CancellationToken cancel) {
        List<Raster> train = atSize(ImageSets.rasters(split.train(), channels), width, height);
        Localiser tuned = fitTrained(fitted.detector(), spec, train, s, cancel);
        FrozenPatchLocaliser frozen = FrozenPatchLocaliser.fit(atSize(train, size.width(), size.height()),
                FrozenBackbone.ofSetting(s.pretrainedFeatures()), size.width(), size.height(), s.seed(), cancel);
        try {
            GaussianModel global = train.size() >= MIN_FOR_GLOBAL ? FusedLocaliser.GlobalTerm.fit(train) : null;
            List<FusedLocaliser.Part> parts = List.of(
                    FusedLocaliser.Part.uncalibrated(FusedLocaliser.TUNED, tuned),
                    FusedLocaliser.Part.uncalibrated(FusedLocaliser.FROZEN, frozen));
            if (!split.holdout().isEmpty() || train.size() < 2) {
                boolean heldBack = !split.holdout().isEmpty();
                List<Raster> normals = heldBack ? atSize(ImageSets.rasters(split.holdout(), channels), width,
                        height) : train;
                String caveat = heldBack ? "" : " (no images held back: training normals, optimistic)";
                FusedLocaliser.Calibrated c = FusedLocaliser.calibrate(parts, global, normals, cancel);
                return fitted.withFusion(c.localiser(), spec, mapThreshold(c.normalMaps(), caveat))
                        .withThresholds(imageThresholds(c.normalScores(), caveat, s));
            }
            // Without held-back images, the training normals are in the memory banks (distance 0): their scores would
            // put every part's spread near nothing. Parts fitted on half of them score the other half instead, and
            // that scale (a little wide: smaller banks) is the one kept.
            FusedLocaliser.Calibrated half = HalfCalibration.of(fitted.detector(), spec, train, size, s, cancel);
            FusedLocaliser.Part tunedHalf = half.localiser().part(FusedLocaliser.TUNED).orElseThrow();
            FusedLocaliser.Part frozenHalf = half.localiser().part(FusedLocaliser.FROZEN).orElseThrow();
            FusedLocaliser fused = new FusedLocaliser(List.of(tunedHalf.with(tuned, tunedHalf.spread()),
                    frozenHalf.with(frozen, frozenHalf.spread())),
                    global == null || half.localiser().global() == null ? null
                            : new FusedLocaliser.GlobalTerm(global, half.localiser().global().spread()),
                    half.localiser().partsJoin(), half.localiser().join());
            String caveat = " (no images held back: half the training normals against models of the other half)";
            return fitted.withFusion(fused, spec, mapThreshold(half.normalMaps(), caveat))
                    .withThresholds(imageThresholds(half.normalScores(), caveat, s));
        } catch (RuntimeException e) {
            frozen.close();
            throw e;
        }
    }

    /** A Gaussian of image statistics from fewer normal parts than this says nothing about their spread. */
    public static final int MIN_FOR_GLOBAL = 3;

    /** The "family" a frozen-feature model records: no augmentation was tuned. */
    public static final String FROZEN_FAMILY = "none";

    /** The map threshold from the values of normal maps, its rule stating where they came from. */
    private static MapThreshold mapThreshold(List<AnomalyMap> normalMaps, String caveat) {
        MapThreshold pixels = MapThreshold.fromNormalMaps(normalMaps);
        return new MapThreshold(pixels.value(), pixels.floor(), pixels.rule() + caveat);
    }

    /** The image threshold: the settings' percentile of the normal maps' maxima ({@code max_map_score}). */
    private static Thresholds imageThresholds(List<AnomalyMap> normalMaps, String caveat, ProjectSettings s) {
        return imageThresholds(normalMaps.stream().mapToDouble(AnomalyMap::max).toArray(), caveat, s);
    }

    /** The image threshold: the settings' percentile of the normal images' scores. */
    private static Thresholds imageThresholds(double[] maxima, String caveat, ProjectSettings s) {
        ThresholdProposal p = ThresholdProposal.fromNormalScores(maxima, s.thresholdPercentile());
        String rule = String.format(Locale.ROOT, "%s of the scores of %d held-back normal images = %s",
                p.percentileName(), maxima.length, ThresholdProposal.readable(p.value())) + caveat;
        return new Thresholds(p.value(), null, rule, false);
    }

    /** The rasters resized to side {@code size} (area average when shrinking); unchanged when already that size. */
    public static List<Raster> atSize(List<Raster> rasters, int size) {
        return atSize(rasters, size, size);
    }

    /** The rasters resized to width x height; those already of that size are kept as they are. */
    public static List<Raster> atSize(List<Raster> rasters, int width, int height) {
        List<Raster> out = new ArrayList<>(rasters.size());
        for (Raster r : rasters) {
            out.add(Resizer.resize(r, width, height));
        }
        return out;
    }
}
