package io.augtune.ui.results;

import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A ranking to review: scored images of one folder and the thresholds that turn scores into verdicts.
 *
 * @param title         what is shown, e.g. "Production images" or "Batch 2024-05-03"
 * @param imageFolder   the folder the relative paths of the scores point into
 * @param scores        scored images in any order
 * @param thresholds    the project's thresholds (the proposed ones, or the user's)
 * @param selectedImage image to select first, or null
 */
public record ResultsData(String title, Path imageFolder, List<ScoredImage> scores, Thresholds thresholds,
                          String selectedImage) {
    public ResultsData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(imageFolder, "imageFolder");
        scores = List.copyOf(scores);
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
