package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.localise.Localiser;
import io.augtune.localise.MapFacts;
import io.augtune.localise.MapMemory;
import io.augtune.model.ScoringModel;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ScoredImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What ranking a project's production images again after a Good mark needs of each of them ({@link MapMemory}),
 * kept for the session's model: the first mark reads and describes every image (as long as a full ranking), each
 * later one measures them against the new bank entries alone. The images are ranked as they were read then: a file
 * changed or added in the folder since is seen by the next full scoring, not by a mark. Immutable: a mark makes a new
 * cache. Memory: the frozen cells take 512 bytes each, about 0.4 MB for an image at 224x224.
 */
public final class RerankCache {
    private static final int CHUNK = 32;

    private final Path folder;
    private final List<ImageInfo> images;
    private final List<MapMemory> memories;
    private final List<ManifestEntry> manifest;
    private final List<SkippedImage> skipped;
    /** The model's bank sizes the memories were measured against. */
    private final int[] banks;

    private RerankCache(Path folder, List<ImageInfo> images, List<MapMemory> memories, List<ManifestEntry> manifest,
                        List<SkippedImage> skipped, int[] banks) {
        this.folder = folder;
        this.images = List.copyOf(images);
        this.memories = List.copyOf(memories);
        this.manifest = List.copyOf(manifest);
        this.skipped = List.copyOf(skipped);
        this.banks = banks.clone();
    }

    /**
     * Reads and describes the project's production folder with {@code model}, as {@link ScoreJob} scores it: files
     * left out there are left out here.
     */
    static RerankCache build(ScoringModel model, Project project, CancellationToken cancel) throws AugTuneException {
        Path production = project.dataset().productionFolder();
        ScoreJob job = new ScoreJob(model);
        FolderScan scan = job.load(production, project.dataset().recursive(), cancel, ProgressListener.NONE);
        Localiser localiser = model.localiser().orElseThrow();
        List<MapMemory> memories = new ArrayList<>(scan.images().size());
        for (int from = 0; from < scan.images().size(); from += CHUNK) {
            // the same chunks as a full scoring, so the trained patches are embedded and measured alike
            List<Raster> prepared = scan.images().subList(from, Math.min(scan.images().size(), from + CHUNK))
                    .stream().map(i -> model.prepareForMaps(i.raster())).toList();
            memories.addAll(MapMemory.of(localiser, prepared, cancel));
            if (tooFull()) {
                // every cell of every image is kept: a folder of thousands of large images would not fit, and then
                // ranking in full, as before, is the way
                throw new TooLarge(scan.images().size());
            }
        }
        // which files changed while they were read is decided as a full scoring decides it
        ScoreJob.ScoredFolder kept = ScoreJob.assembled(scan, new double[scan.images().size()], null, List.of());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < scan.images().size(); i++) {
            index.put(scan.images().get(i).info().relativePath(), i);
        }
        List<ImageInfo> infos = new ArrayList<>();
        List<MapMemory> keptMemories = new ArrayList<>();
        for (ScoredImage s : kept.scores()) {
            int i = index.get(s.relativePath());
            infos.add(scan.images().get(i).info());
            keptMemories.add(memories.get(i));
        }
        return new RerankCache(production, infos, keptMemories, kept.manifest(), kept.skipped(),
                MapMemory.bankSizes(localiser));
    }

    /** The folder's images and what is kept of them would take most of the memory the app may use. */
    static final class TooLarge extends AugTuneException {
        private static final long serialVersionUID = 1L;

        TooLarge(int images) {
            super(images + " production images are too many to keep in memory for a quick re-rank");
        }
    }

    /** Whether the Java heap is more than {@value #FULL} full (after a collection would not help: it is in use). */
    private static boolean tooFull() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory() > FULL * r.maxMemory();
    }

    /** Above this share of the heap, keeping the cells for a quick re-rank is not worth the risk of running out. */
    static final double FULL = 0.7;

    /** Whether this cache holds the project's production images as {@code model} measures them now. */
    boolean matches(ScoringModel model, Project project) {
        return folder.equals(project.dataset().productionFolder()) && model.localiser().isPresent()
                && Arrays.equals(banks, MapMemory.bankSizes(model.localiser().get()));
    }

    /** This cache after {@code taught} learnt new normals on top of the model it was made with. */
    RerankCache learnt(ScoringModel taught, CancellationToken cancel) {
        Localiser localiser = taught.localiser().orElseThrow();
        return new RerankCache(folder, images, MapMemory.learnt(memories, localiser, banks, cancel), manifest,
                skipped, MapMemory.bankSizes(localiser));
    }

    /** The images scored by {@code model} (the one this cache was made with or taught to), as {@link ScoreJob} would. */
    ScoreJob.ScoredFolder ranked(ScoringModel model, CancellationToken cancel) {
        Localiser localiser = model.localiser().orElseThrow();
        List<ScoredImage> scores = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            if (i % CHUNK == 0) {
                cancel.checkpoint();
            }
            ImageInfo image = images.get(i);
            MapFacts facts = memories.get(i).facts(localiser, image.width(), image.height(),
                    model.info().mapThreshold());
            scores.add(ScoreJob.scored(image, facts.imageScore(), facts));
        }
        return new ScoreJob.ScoredFolder(scores, new FolderScan(folder, List.<LoadedImage>of(), skipped), manifest);
    }

    /** How many images the cache holds. */
    public int size() {
        return images.size();
    }

}
