package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.LoadedImage;
import io.augtune.imaging.Raster;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.ScoredImage;

import java.util.ArrayList;
import java.util.List;

/**
 * The "score a new batch" use case: rank a folder with a saved model, without retuning. Images are read at the
 * model's working size and converted to its channel count.
 */
public final class ScoreJob {
    private final ScoringModel model;

    public ScoreJob(ScoringModel model) {
        this.model = model;
    }

    /** Scores of a folder's usable images (in folder order) and the files that were skipped. */
    public record ScoredFolder(List<ScoredImage> scores, FolderScan scan) {
    }

    public ScoredFolder score(java.nio.file.Path folder, boolean recursive, CancellationToken cancel,
                              ProgressListener progress) throws AugTuneException {
        FolderScan scan = ImageSets.load(folder, recursive, model.info().workingSize(),
                model.info().channels() == 3 ? ChannelMode.RGB : ChannelMode.GRAY, cancel, progress);
        List<Raster> rasters = new ArrayList<>();
        for (LoadedImage image : scan.images()) {
            rasters.add(model.prepare(image.raster()));
        }
        progress.progress("Scoring", -1, rasters.size() + " images");
        double[] scores = model.scoreAll(rasters, cancel);
        List<ManifestEntry> manifest = Manifests.entries(ImageRole.PRODUCTION, scan.images());
        List<ScoredImage> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            LoadedImage image = scan.images().get(i);
            out.add(ScoredImage.withoutMap(image.info().relativePath(), scores[i], image.info().width(),
                    image.info().height(), manifest.get(i).sha256()));
        }
        return new ScoredFolder(out, scan);
    }
}
