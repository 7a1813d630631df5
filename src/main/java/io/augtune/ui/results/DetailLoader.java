package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;

/**
 * Loads what the detail pane shows for one image; {@link #load} runs on a background thread. A loader that holds a
 * model releases it on {@link #close()}, which the results view calls when it shows other data.
 */
@FunctionalInterface
public interface DetailLoader extends AutoCloseable {
    ImageDetail load(ScoredImage image, CancellationToken token) throws Exception;

    @Override
    default void close() {
    }
}
