package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;

/** Loads what the detail pane shows for one image; runs on a background thread. */
@FunctionalInterface
public interface DetailLoader {
    ImageDetail load(ScoredImage image, CancellationToken token) throws Exception;
}
