package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.TempFiles;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ImageDecodeException;
import io.augtune.imaging.ImageDecoder;
import io.augtune.common.Raster;
import io.augtune.model.ScoringModel;
import io.augtune.project.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "a false alarm teaches the model" use case: production images an inspector marked good join what the model
 * knows as normal (their cells join the memory bank of a pretrained-patch model; at the fused default their global
 * brightness joins the global term too), and the project's production folder is ranked again with the taught model.
 * Nothing is retuned.
 */
public final class TeachNormals {
    private TeachNormals() {
    }

    /**
     * Teaches and ranks the production folder again in full (the command line's one-off decision).
     *
     * @param project   the project, with its production scores
     * @param modelDir  its model, extracted
     * @param goodImages production images marked good, relative paths
     * @return the rescored project and the taught model's folder (a temporary folder the caller now owns)
     * @throws UnusableInputException when the model cannot learn this way (a trained detector) or an image is unreadable
     */
    public static Taught teach(Project project, Path modelDir, List<String> goodImages, CancellationToken cancel)
            throws AugTuneException {
        return teach(project, modelDir, goodImages, cancel, taught -> new Ranked(new ScoreJob(taught.model()).score(
                project.dataset().productionFolder(), project.dataset().recursive(), cancel,
                ProgressListener.NONE), null));
    }

    /**
     * Teaches and ranks again from what {@code cache} kept of the production images (the app's marks, one after the
     * other): only the new bank entries are measured. Without a cache, or with one made for another model, every
     * image is read and described once, and the cache this makes is returned with the result for the next mark.
     *
     * @param cache what the previous mark returned for this model, or null
     */
    /**
     * What the first Good mark of a project needs to re-rank in seconds, measured ahead (e.g. while the inspector
     * looks at the results): every production image as the project's model measures it now.
     *
     * @throws UnusableInputException when the model cannot learn from Good marks
     */
    public static RerankCache prepare(Project project, Path modelDir, CancellationToken cancel)
            throws AugTuneException {
        try (ScoringModel model = ScoringModel.load(modelDir)) {
            if (!model.learnsNormals()) {
                throw new UnusableInputException("this model does not learn from images marked good");
            }
            return RerankCache.build(model, project, cancel);
        } catch (java.io.IOException e) {
            throw new AugTuneException("could not read the model: " + e.getMessage(), e);
        }
    }

    public static Taught teach(Project project, Path modelDir, List<String> goodImages, RerankCache cache,
                               CancellationToken cancel) throws AugTuneException {
        return teach(project, modelDir, goodImages, cancel, taught -> {
            RerankCache now;
            try {
                now = cache != null && cache.matches(taught.before(), project)
                        ? cache.learnt(taught.model(), cancel) : RerankCache.build(taught.model(), project, cancel);
            } catch (RerankCache.TooLarge e) {
                return new Ranked(new ScoreJob(taught.model()).score(project.dataset().productionFolder(),
                        project.dataset().recursive(), cancel, ProgressListener.NONE), null);
            }
            return new Ranked(now.ranked(taught.model(), cancel), now);
        });
    }

    /** The model before and after it learnt the images. */
    private record Models(ScoringModel before, ScoringModel model) {
    }

    private record Ranked(ScoreJob.ScoredFolder folder, RerankCache cache) {
    }

    private interface Ranking {
        Ranked rank(Models taught) throws AugTuneException;
    }

    private static Taught teach(Project project, Path modelDir, List<String> goodImages, CancellationToken cancel,
                                Ranking ranking) throws AugTuneException {
        Path production = project.dataset().productionFolder();
        List<Raster> images = new ArrayList<>();
        ImageDecoder decoder = new ImageDecoder();
        for (String image : goodImages) {
            try {
                images.add(decoder.decode(production.resolve(image)).raster());
            } catch (ImageDecodeException e) {
                throw new UnusableInputException(production.resolve(image) + ": cannot be learnt as normal ("
                        + e.getMessage() + ")", e);
            }
        }
        Path dir = null;
        try (ScoringModel model = ScoringModel.load(modelDir)) {
            if (!model.learnsNormals()) {
                throw new UnusableInputException("only a model with pretrained patches (Detection: combined, or "
                        + "pretrained patches) "
                        + "learns from images marked good so far; the decisions were recorded, the model is unchanged");
            }
            try (ScoringModel taught = model.taughtWith(images, cancel)) {
                dir = TempFiles.createFolder(TempFiles.MODEL_PREFIX);
                taught.save(dir);
                Ranked ranked = ranking.rank(new Models(model, taught));
                return new Taught(ScoreJob.rescored(project, ranked.folder(), project.thresholds()), dir,
                        images.size(), ranked.cache());
            }
        } catch (IOException e) {
            TempFiles.deleteFolder(dir);
            throw new AugTuneException("could not teach the model: " + e.getMessage(), e);
        } catch (AugTuneException | RuntimeException e) {
            TempFiles.deleteFolder(dir);
            throw e;
        }
    }

    /**
     * @param project  the project ranked again with the taught model
     * @param modelDir the taught model (temporary; the caller saves it into the project and deletes the folder)
     * @param learnt   how many images were added as normal
     * @param rerank   what the next mark on this taught model ranks from, or null after a full ranking
     */
    public record Taught(Project project, Path modelDir, int learnt, RerankCache rerank) {
    }
}
