package io.augtune.model;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.imaging.ChannelConversion;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.Embeddings;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.MarkedCells;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.project.Thresholds;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.MapThreshold;
import io.augtune.scoring.PatchGaussian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything needed to score and localise new images without retuning: the trained detector, the Gaussian of the
 * clean normal embeddings, the localiser (absent in models saved before heatmaps existed) with what it
 * was fitted on (per-position Gaussians of a whole-image detector; the memory bank or Gaussian of normal
 * patches of a patch-level one) and the description of how it was made. Owns the detector.
 *
 * <p>A frozen-feature model (issue #14) has no trained detector and no embedding Gaussian: its localiser
 * ({@link FrozenPatchLocaliser}) holds everything, and {@link #detector()} and {@link #gaussian()} are null.
 *
 * <p>Image score: a model with a localiser scores an image by the maximum of its anomaly map ({@code max_map_score}),
 * which ranked defective images better than the embedding distance on KolektorSDD and ELPV (README, Heatmaps); a model
 * without one by the Mahalanobis distance of its embedding ({@link #scoreAll}).
 */
public final class ScoringModel implements AutoCloseable {
    private static final String DETECTOR_DIR = "detector";
    private static final String GAUSSIAN_FILE = "gaussian.json";
    private static final String INFO_FILE = "model.json";
    private static final String PATCH_GAUSSIAN_FILE = "patch-gaussian.bin";
    private static final String PATCH_BANK_FILE = "patch-bank.bin";
    private static final String PATCH_GRID_GAUSSIAN_FILE = "patch-grid-gaussian.json";
    private static final String FROZEN_FILE = "frozen-patches.bin";
    private static final String FUSION_FILE = "fusion.json";
    private static final String GLOBAL_GAUSSIAN_FILE = "global-gaussian.json";

    private final Detector detector;
    private final GaussianModel gaussian;
    private final ModelInfo info;
    private final Localiser localiser;
    /** False for a taught copy, which shares its original's detector and must not close it. */
    private final boolean ownsDetector;

    /** A model without a localiser (no heatmaps). */
    public ScoringModel(Detector detector, GaussianModel gaussian, ModelInfo info) {
        this(detector, gaussian, info, null);
    }

    private ScoringModel(Detector detector, GaussianModel gaussian, ModelInfo info, Localiser localiser) {
        this(detector, gaussian, info, localiser, true);
    }

    private ScoringModel(Detector detector, GaussianModel gaussian, ModelInfo info, Localiser localiser,
                         boolean ownsDetector) {
        this.detector = detector;
        this.gaussian = gaussian;
        this.info = info;
        this.localiser = localiser;
        this.ownsDetector = ownsDetector;
    }

    /** A frozen-feature model: the localiser (owned from now on) scores and maps, with its map threshold. */
    public static ScoringModel frozen(FrozenPatchLocaliser localiser, ModelInfo info, MapThreshold mapThreshold) {
        return new ScoringModel(null, null, info.withLocalisation(localiser.spec(), mapThreshold), localiser);
    }

    /**
     * A frozen-feature model that also knows {@code originals} as normal (their cells join its memory bank): what
     * an inspector marks good stops being flagged, without refitting. This model stays open and unchanged.
     *
     * <p>A fused model learns in both memory banks (frozen cells, and trained patches when they are scored by
     * nearest neighbour); the scale its parts were put on stays. The taught copy shares this model's detector: close
     * it before this one.
     *
     * @throws IllegalStateException for a model without a memory bank, which cannot learn this way yet
     */
    public ScoringModel taughtWith(List<Raster> originals, CancellationToken cancel) {
        List<Raster> prepared = originals.stream().map(this::prepareForMaps).toList();
        if (localiser instanceof FrozenPatchLocaliser frozen) {
            return new ScoringModel(null, null, info, frozen.withNormals(prepared, frozen.marked().factor(), cancel));
        }
        if (localiser instanceof FusedLocaliser fused) {
            return new ScoringModel(detector, gaussian, info, fused.withNormals(prepared, cancel), false);
        }
        throw new IllegalStateException("only a model with pretrained patches learns from images marked good");
    }

    /** Whether {@link #taughtWith} can add images as normal: models with pretrained patches (alone or fused). */
    public boolean learnsNormals() {
        return localiser instanceof FrozenPatchLocaliser || localiser instanceof FusedLocaliser;
    }

    /** The same model (taking over this one's detector) fused with frozen features, and its map threshold. */
    public ScoringModel withFusion(FusedLocaliser fused, LocaliserSpec trained, MapThreshold mapThreshold) {
        return new ScoringModel(detector, gaussian, info.withLocalisation(trained.fused(), mapThreshold), fused);
    }

    /** The same model (sharing, and taking over, this one's detector) with thresholds recorded in its info. */
    public ScoringModel withThresholds(Thresholds thresholds) {
        return new ScoringModel(detector, gaussian, info.withThresholds(thresholds), localiser, ownsDetector);
    }

    /**
     * The same model (sharing, and taking over, this one's detector) with a localiser fitted on its detector and the
     * map threshold proposed for it.
     */
    public ScoringModel withLocaliser(PatchLocaliser fitted, MapThreshold mapThreshold) {
        return new ScoringModel(detector, gaussian, info.withLocalisation(fitted.spec(), mapThreshold), fitted);
    }

    /** The same model with a patch-level localiser (the model of patch detection) and its map threshold. */
    public ScoringModel withLocaliser(PatchGridLocaliser fitted, MapThreshold mapThreshold) {
        return new ScoringModel(detector, gaussian, info.withLocalisation(fitted.spec(), mapThreshold), fitted);
    }

    /** Whether this model makes heatmaps; false for models saved before heatmaps existed. */
    public boolean hasLocaliser() {
        return localiser != null && info.mapThreshold() != null;
    }

    /** The localiser, when {@link #hasLocaliser()}. */
    public Optional<Localiser> localiser() {
        return Optional.ofNullable(localiser);
    }

    /**
     * Width of the rasters maps are made from: the working size, times the tiles across when tiling, or the patch
     * grid's width.
     */
    public int mapInputWidth() {
        return localiser == null ? info.workingSize() : localiser.inputWidth();
    }

    /** Height of the rasters maps are made from. */
    public int mapInputHeight() {
        return localiser == null ? info.workingSize() : localiser.inputHeight();
    }

    /** Brings any raster to {@link #mapInputWidth()} x {@link #mapInputHeight()} and the model's channel count. */
    public Raster prepareForMaps(Raster raster) {
        return ChannelConversion.toChannels(Resizer.resize(raster, mapInputWidth(), mapInputHeight()),
                info.channels());
    }

    /**
     * The anomaly map of one image at its own size, for display: coarse map resampled bilinearly to the raster's
     * width and height. Colour it with {@code info().mapThreshold().scale()}.
     *
     * @param original the image at any size (its original, usually)
     * @throws IllegalStateException if the model has no localiser
     */
    public AnomalyMap mapOf(Raster original, CancellationToken cancel) {
        return mapOf(original, original.width(), original.height(), cancel);
    }

    /** The anomaly map of one image resampled to {@code width x height} (e.g. the image's display size). */
    public AnomalyMap mapOf(Raster original, int width, int height, CancellationToken cancel) {
        if (!hasLocaliser()) {
            throw new IllegalStateException("this model has no localiser (saved before heatmaps existed)");
        }
        AnomalyMap coarse = localiser.maps(List.of(prepareForMaps(original)), cancel).get(0);
        return coarse.resized(width, height);
    }

    public ModelInfo info() {
        return info;
    }

    /** The trained detector; null for a frozen-feature model. */
    public Detector detector() {
        return detector;
    }

    /** The Gaussian of the normal embeddings; null for a frozen-feature model. */
    public GaussianModel gaussian() {
        return gaussian;
    }

    /** Whether this model scores by frozen pretrained features, without a trained detector. */
    public boolean isFrozen() {
        return localiser instanceof FrozenPatchLocaliser;
    }

    private Detector requireDetector() {
        if (detector == null) {
            throw new IllegalStateException("a frozen-feature model has no detector: it scores by its maps");
        }
        return detector;
    }

    /** Brings any raster to the model's working size and channel count. */
    public Raster prepare(Raster raster) {
        int size = info.workingSize();
        Raster sized = raster.width() == size && raster.height() == size ? raster : Resizer.resize(raster, size, size);
        return ChannelConversion.toChannels(sized, info.channels());
    }

    /** Anomaly scores (Mahalanobis distances) of images already at the working size and channel count. */
    public double[] score(List<Raster> prepared, CancellationToken cancel) {
        requireDetector();
        return gaussian.mahalanobis(embed(prepared, cancel));
    }

    /**
     * Whether images are compared as a whole (for the nearest normal image) at {@link #mapInputWidth()} x
     * {@link #mapInputHeight()}, as patch models do, rather than at the working size.
     */
    public boolean describesPatches() {
        return localiser instanceof PatchGridLocaliser || localiser instanceof FrozenPatchLocaliser
                || localiser instanceof FusedLocaliser;
    }

    /**
     * One descriptor per image for finding similar images: the embedding for a whole-image detector; for a
     * patch-level one, which never saw whole images, the mean embedding of the image's patches.
     *
     * @param rasters images at any size; brought to the size the model looks at
     */
    public double[][] descriptors(List<Raster> rasters, CancellationToken cancel) {
        if (localiser instanceof FrozenPatchLocaliser frozen) {
            return frozen.meanDescriptors(rasters.stream().map(this::prepareForMaps).toList(), cancel);
        }
        if (localiser instanceof FusedLocaliser fused) {
            // the frozen features know what images look like better than patches trained on a few hundred
            Localiser frozen = fused.part(FusedLocaliser.FROZEN).orElseThrow().localiser();
            return ((FrozenPatchLocaliser) frozen).meanDescriptors(rasters.stream().map(r -> Resizer.resize(
                    ChannelConversion.toChannels(r, info.channels()), frozen.inputWidth(), frozen.inputHeight()))
                    .toList(), cancel);
        }
        if (!(localiser instanceof PatchGridLocaliser grid)) {
            return embed(rasters.stream().map(this::prepare).toList(), cancel);
        }
        PatchGrid g = grid.spec().grid();
        float[][] patches = PatchGridLocaliser.embedPatches(detector, g,
                rasters.stream().map(this::prepareForMaps).toList(), cancel);
        double[][] out = new double[rasters.size()][detector.config().embeddingDim()];
        for (int i = 0; i < patches.length; i++) {
            double[] mean = out[i / g.count()];
            for (int j = 0; j < mean.length; j++) {
                mean[j] += patches[i][j] / (double) g.count();
            }
        }
        return out;
    }

    /** L2-normalised embeddings {@code [n][D]} in double precision. */
    public double[][] embed(List<Raster> prepared, CancellationToken cancel) {
        return Embeddings.toDoubles(requireDetector().embedRasters(prepared, cancel));
    }

    /** Writes the model into an empty or new folder. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (localiser instanceof FrozenPatchLocaliser frozen) {
            FrozenModelFile.write(dir.resolve(FROZEN_FILE), frozen);
            ModelFiles.writeInfo(dir.resolve(INFO_FILE), info);
            return;
        }
        detector.save(dir.resolve(DETECTOR_DIR));
        ModelFiles.writeGaussian(dir.resolve(GAUSSIAN_FILE), gaussian);
        Localiser trained = localiser;
        if (localiser instanceof FusedLocaliser fused) {
            trained = fused.part(FusedLocaliser.TUNED).orElseThrow().localiser();
            FrozenModelFile.write(dir.resolve(FROZEN_FILE), (FrozenPatchLocaliser) fused.part(FusedLocaliser.FROZEN)
                    .orElseThrow().localiser());
            ModelFiles.writeFusion(dir.resolve(FUSION_FILE), fused);
            if (fused.global() != null) {
                ModelFiles.writeGaussian(dir.resolve(GLOBAL_GAUSSIAN_FILE), fused.global().model());
            }
        }
        if (trained instanceof PatchLocaliser patch) {
            PatchGaussianFile.write(dir.resolve(PATCH_GAUSSIAN_FILE), patch.gaussian());
        } else if (trained instanceof PatchGridLocaliser grid) {
            if (grid.bank() != null) {
                PatchBankFile.write(dir.resolve(PATCH_BANK_FILE), PatchBankFile.joined(grid.bank(), grid.marked()));
            } else {
                ModelFiles.writeGaussian(dir.resolve(PATCH_GRID_GAUSSIAN_FILE), grid.gaussian());
            }
        }
        ModelFiles.writeInfo(dir.resolve(INFO_FILE), info);
    }

    /** Reads a model written by {@link #save}; the message names the folder and what is wrong. */
    public static ScoringModel load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no saved model there");
        }
        try {
            return read(dir);
        } catch (RuntimeException e) {
            // Whatever a damaged or hostile file makes a reader throw, the user hears which model is unusable.
            throw new IOException(dir + ": unusable saved model (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new IOException(dir + ": the saved model is too large for the memory available", e);
        }
    }

    private static ScoringModel read(Path dir) throws IOException {
        ModelInfo info = ModelFiles.readInfo(dir.resolve(INFO_FILE));
        if (info.localiser() != null && info.localiser().isFrozen()) {
            return new ScoringModel(null, null, info, FrozenModelFile.read(dir.resolve(FROZEN_FILE)));
        }
        GaussianModel gaussian = ModelFiles.readGaussian(dir.resolve(GAUSSIAN_FILE));
        LocaliserSpec spec = info.localiser() == null ? null : info.localiser().trainedPart();
        boolean grid = spec != null && spec.isPatchGrid();
        boolean knn = grid && LocaliserSpec.SCORER_KNN.equals(spec.scorer());
        PatchGaussian patches = spec == null || grid ? null : PatchGaussianFile.read(dir.resolve(PATCH_GAUSSIAN_FILE));
        boolean fused = info.localiser() != null && info.localiser().isFused();
        ModelFiles.Fusion fusion = fused ? ModelFiles.readFusion(dir.resolve(FUSION_FILE)) : null;
        PatchBankFile.Split bank = knn ? PatchBankFile.read(dir.resolve(PATCH_BANK_FILE),
                fusion == null ? null : fusion.parts().get(FusedLocaliser.TUNED)) : null;
        GaussianModel gridGaussian = grid && !knn ? ModelFiles.readGaussian(dir.resolve(PATCH_GRID_GAUSSIAN_FILE))
                : null;
        Detector detector = Detector.load(dir.resolve(DETECTOR_DIR));
        try {
            Localiser localiser = spec == null ? null : grid
                    ? new PatchGridLocaliser(detector, spec, bank == null ? null : bank.bank(), gridGaussian,
                    bank == null ? MarkedCells.exact() : bank.marked())
                    : new PatchLocaliser(detector, spec, patches);
            if (fused) {
                localiser = readFusion(dir, fusion, localiser);
            }
            return new ScoringModel(detector, gaussian, info, localiser);
        } catch (IllegalArgumentException e) {
            detector.close();
            throw new IOException(dir + ": the localiser does not fit the detector (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    /** The fused localiser around a trained one: its frozen part, global term and their scale. */
    private static FusedLocaliser readFusion(Path dir, ModelFiles.Fusion fusion, Localiser trained)
            throws IOException {
        GaussianModel global = fusion.global() == null ? null
                : ModelFiles.readGaussian(dir.resolve(GLOBAL_GAUSSIAN_FILE));
        FrozenPatchLocaliser frozen = FrozenModelFile.read(dir.resolve(FROZEN_FILE));
        try {
            List<FusedLocaliser.Part> parts = new java.util.ArrayList<>();
            for (var e : fusion.parts().entrySet()) {
                Localiser part = switch (e.getKey()) {
                    case FusedLocaliser.TUNED -> trained;
                    case FusedLocaliser.FROZEN -> frozen;
                    default -> throw new IOException(dir.resolve(FUSION_FILE) + ": unknown part " + e.getKey());
                };
                parts.add(new FusedLocaliser.Part(e.getKey(), part, e.getValue().spread(),
                        e.getValue().imageCells(), e.getValue().markFactor()));
            }
            return new FusedLocaliser(parts, global == null ? null
                    : new FusedLocaliser.GlobalTerm(global, fusion.global(), fusion.globalTaught()),
                    fusion.partsJoin(), fusion.join());
        } catch (IOException | RuntimeException e) {
            frozen.close();
            throw e;
        }
    }

    /** Embedding scores (Mahalanobis distances) in chunks, so that huge folders are never held as one tensor. */
    public double[] scoreAll(List<Raster> prepared, CancellationToken cancel) {
        double[] out = new double[prepared.size()];
        for (int from = 0; from < prepared.size(); from += 256) {
            double[] part = score(prepared.subList(from, Math.min(prepared.size(), from + 256)), cancel);
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    @Override
    public void close() {
        if (detector != null && ownsDetector) {
            detector.close();
        }
        if (localiser instanceof FrozenPatchLocaliser frozen) {
            frozen.close();
        } else if (localiser instanceof FusedLocaliser fused) {
            fused.close();
        }
    }
}
