package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.localise.MapFacts;
import io.augtune.model.ScoringModel;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "score a new batch" use case: rank a folder with a saved model, without retuning. With a localiser, each image's
 * anomaly map gives its score (the map maximum), its defect area and box, and optionally its heatmap pictures; a
 * model saved before heatmaps existed scores by the embedding distance alone. Images are read at the size the model's maps need and converted to its channel count.
 */
public final class ScoreJob implements AutoCloseable {
    private final ScoringModel model;
    /** True when this job loaded the model itself, and so closes it. */
    private final boolean ownsModel;

    /** A job scoring with {@code model}, which stays the caller's to close. */
    public ScoreJob(ScoringModel model) {
        this(model, false);
    }

    private ScoreJob(ScoringModel model, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
    }

    /**
     * A job scoring with the model saved in {@code modelDir}: the app and the CLI score through this use case and
     * never hold the model themselves. Closing the job closes the model.
     *
     * @throws IOException naming the folder, when there is no usable model there
     */
    public static ScoreJob open(Path modelDir) throws IOException {
        return new ScoreJob(ScoringModel.load(modelDir), true);
    }

    /** The thresholds saved with the model; null for a model saved without them. */
    public Thresholds savedThresholds() {
        return model.info().thresholds();
    }

    /** Whether the model makes heatmaps; false for models saved before heatmaps existed. */
    public boolean makesHeatmaps() {
        return model.hasLocaliser();
    }

    /** The model's map threshold and how it was set, in words. */
    public String describeMapThreshold() {
        return model.info().describeMapThreshold();
    }

    /** What a report says about the model that made its scores. */
    public java.util.Map<String, String> reportMetadata() {
        return ReportExport.metadataOf(model.info());
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }

    /**
     * Scores of a folder's usable images (in folder order), the files that were skipped, and the manifest of the
     * scored images (role production), e.g. to bring a project's manifest up to date after re-scoring its folder.
     */
    public record ScoredFolder(List<ScoredImage> scores, FolderScan scan, List<ManifestEntry> manifest) {
        /** The files left out, each with its reason. */
        public List<SkippedImage> skipped() {
            return scan.skipped();
        }
    }

    /** Scores and map facts, no heatmap pictures. */
    public ScoredFolder score(Path folder, boolean recursive, CancellationToken cancel, ProgressListener progress)
            throws AugTuneException {
        return score(folder, recursive, null, cancel, progress);
    }

    /**
     * @param heatmapDir where to write each image's overlay and raw map ({@link HeatmapExport}), or null for none;
     *                   ignored for a model without a localiser
     */
    public ScoredFolder score(Path folder, boolean recursive, Path heatmapDir, CancellationToken cancel,
                              ProgressListener progress) throws AugTuneException {
        FolderScan scan = load(folder, recursive, cancel, progress);
        progress.progress("Scoring", -1, scan.images().size() + " images");
        ImageMaps.Measured measured = maps(scan.images(), heatmapDir, cancel, progress);
        // A model with a localiser scores images by their map maximum (a fused one by its parts' z-scores); older
        // models by the embedding distance.
        double[] scores = measured != null ? measured.facts().stream().mapToDouble(MapFacts::imageScore).toArray()
                : embeddingScores(scan.images(), cancel);
        return assembled(scan, scores, measured == null ? null : measured.facts(),
                measured != null ? measured.skipped() : List.of());
    }

    /** The folder's images read at the size the model's maps need, at its channel count. */
    FolderScan load(Path folder, boolean recursive, CancellationToken cancel, ProgressListener progress)
            throws AugTuneException {
        return new FolderLoader(new ImageDecoder()).loadAtResolution(ImageFolder.list(folder, recursive),
                model.mapInputWidth(), model.mapInputHeight(),
                model.info().channels() == 3 ? ChannelMode.RGB : ChannelMode.GRAY, cancel, progress);
    }

    /**
     * The scored folder of a scan, its images' scores and map facts (null without maps), leaving out the images
     * already found unusable and those whose file changed since it was read.
     */
    static ScoredFolder assembled(FolderScan scan, double[] scores, List<MapFacts> facts,
                                  List<SkippedImage> skippedAlready) {
        // A file deleted or changed while the folder was scored is reported and left out, never fatal: its score
        // (made of the bytes read) would be shown beside a file that no longer holds them.
        List<SkippedImage> changed = new ArrayList<>(skippedAlready);
        changed.addAll(notYetSkipped(scan.changedSinceRead(), changed));
        Set<String> left = changed.stream().map(SkippedImage::relativePath).collect(Collectors.toSet());
        List<LoadedImage> kept = new ArrayList<>();
        List<ScoredImage> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            LoadedImage image = scan.images().get(i);
            if (!left.contains(image.info().relativePath())) {
                kept.add(image);
                out.add(scored(image, scores[i], facts == null ? null : facts.get(i)));
            }
        }
        return new ScoredFolder(out, scan.skipping(changed), Manifests.entries(ImageRole.PRODUCTION, kept));
    }

    private static List<SkippedImage> notYetSkipped(List<SkippedImage> candidates, List<SkippedImage> skipped) {
        Set<String> names = skipped.stream().map(SkippedImage::relativePath).collect(Collectors.toSet());
        return candidates.stream().filter(c -> !names.contains(c.relativePath())).toList();
    }

    private double[] embeddingScores(List<LoadedImage> images, CancellationToken cancel) {
        List<Raster> rasters = new ArrayList<>(images.size());
        for (LoadedImage image : images) {
            rasters.add(model.prepare(image.raster()));
        }
        return model.scoreAll(rasters, cancel);
    }

    private ImageMaps.Measured maps(List<LoadedImage> images, Path heatmapDir, CancellationToken cancel,
                                ProgressListener progress) throws AugTuneException {
        if (!model.hasLocaliser()) {
            return null;
        }
        progress.progress("Heatmaps", -1, images.size() + " images");
        return ImageMaps.measure(model, images, export(heatmapDir), cancel);
    }

    private HeatmapExport export(Path heatmapDir) throws AugTuneException {
        if (heatmapDir == null) {
            return null;
        }
        try {
            return new HeatmapExport(heatmapDir, model.info().mapThreshold());
        } catch (IOException e) {
            throw new AugTuneException("cannot write heatmaps to " + heatmapDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A scored image with its map facts, or without when the model makes no maps; its hash is that of the bytes
     * that were decoded and scored.
     */
    static ScoredImage scored(LoadedImage image, double score, MapFacts facts) {
        return scored(image.info(), score, facts);
    }

    static ScoredImage scored(ImageInfo image, double score, MapFacts facts) {
        String sha256 = image.sha256();
        if (facts == null) {
            return ScoredImage.withoutMap(image.relativePath(), score, image.width(), image.height(), sha256);
        }
        return new ScoredImage(image.relativePath(), score, facts.maxMapScore(), image.width(), image.height(),
                sha256, facts.defectAreaPx(), facts.defectBox(), facts.components());
    }

    /** Whether {@code folder} is the project's own production folder, whose rescoring updates the project. */
    public static boolean isProductionFolderOf(Project project, Path folder) {
        return project != null && folder.toAbsolutePath().normalize().equals(project.dataset().productionFolder());
    }

    /**
     * The project after its own production folder was scored again, the same for the app and the command line:
     * its production manifest and ranking replaced, {@code thresholds} in force, and the user's decisions kept on
     * the images whose bytes did not change.
     */
    public static Project rescored(Project project, ScoredFolder result, Thresholds thresholds) {
        List<ManifestEntry> manifest = new java.util.ArrayList<>(project.manifest().stream()
                .filter(e -> e.ref().role() != io.augtune.project.ImageRole.PRODUCTION).toList());
        manifest.addAll(result.manifest());
        return project.withDecisions(List.of()).withManifest(manifest).withScores(result.scores())
                .withThresholds(thresholds).withDecisionsCarriedFrom(project);
    }
}
