package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.common.TempFiles;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ImageDecodeException;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.Raster;
import io.augtune.model.ScoringModel;
import io.augtune.project.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The "a false alarm teaches the model" use case: production images an inspector marked good join what the model
 * knows as normal (their cells join the memory bank of a pretrained-patch model), and the project's production
 * folder is ranked again with the taught model. Nothing is retuned.
 */
public final class TeachNormals {
    private TeachNormals() {
    }

    /**
     * @param project   the project, with its production scores
     * @param modelDir  its model, extracted
     * @param goodImages production images marked good, relative paths
     * @return the rescored project and the taught model's folder (a temporary folder the caller now owns)
     * @throws UnusableInputException when the model cannot learn this way (a trained detector) or an image is unreadable
     */
    public static Taught teach(Project project, Path modelDir, List<String> goodImages, CancellationToken cancel)
            throws AugTuneException {
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
                ScoreJob.ScoredFolder result = new ScoreJob(taught).score(production, project.dataset().recursive(),
                        cancel, (phase, fraction, detail) -> { });
                return new Taught(ScoreJob.rescored(project, result, project.thresholds()), dir, images.size());
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
     */
    public record Taught(Project project, Path modelDir, int learnt) {
    }
}
