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
 * @param decisions     the inspector's decisions by relative path; null where decisions are not kept (a batch)
 */
public record ResultsData(String title, Path imageFolder, List<ScoredImage> scores, Thresholds thresholds,
                          String selectedImage, java.util.Map<String, io.augtune.project.Verdict> decisions) {
    public ResultsData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(imageFolder, "imageFolder");
        scores = List.copyOf(scores);
        Objects.requireNonNull(thresholds, "thresholds");
        decisions = decisions == null ? null : java.util.Map.copyOf(decisions);
    }

    /** A ranking without decisions (a scored batch). */
    public ResultsData(String title, Path imageFolder, List<ScoredImage> scores, Thresholds thresholds,
                       String selectedImage) {
        this(title, imageFolder, scores, thresholds, selectedImage, null);
    }

    /** Whether the inspector's decisions are recorded for this ranking. */
    public boolean keepsDecisions() {
        return decisions != null;
    }
}
