package io.augtune.ui.results;

import io.augtune.workflow.ImageInspector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One tuned model opened for inspecting images, shared by every ranking shown with that model (the project's
 * production images and any batch): the model and the normal images' embeddings are loaded once, on the first
 * selection, on a background thread. The workbench owns it and closes it when the model changes or the app ends.
 * If the model cannot be opened, the reason is kept and shown instead of a heatmap.
 */
public final class ModelInspection implements AutoCloseable {
    private final Path modelDir;
    private final Path normalFolder;
    private final boolean recursive;
    private ImageInspector inspector;
    private String failure;
    private boolean closed;

    /**
     * @param modelDir     the tuned model
     * @param normalFolder the project's normal images, searched for the nearest one
     */
    public ModelInspection(Path modelDir, Path normalFolder, boolean recursive) {
        this.modelDir = Objects.requireNonNull(modelDir, "modelDir");
        this.normalFolder = normalFolder;
        this.recursive = recursive;
    }

    /** Whether this is the given model with the given normal folder. */
    public boolean isFor(Path otherModelDir, Path otherNormalFolder) {
        return modelDir.equals(otherModelDir) && Objects.equals(normalFolder, otherNormalFolder);
    }

    /** The opened inspector, or null with {@link #failure()} set when the model cannot be opened (or is closed). */
    synchronized ImageInspector inspector() {
        if (closed || failure != null) {
            return null;
        }
        if (inspector == null) {
            try {
                inspector = ImageInspector.open(modelDir, normalFolder, recursive);
            } catch (Exception e) {
                failure = "the model in " + modelDir + " could not be loaded: " + e.getMessage();
                return null;
            }
        }
        return inspector;
    }

    /** Why there is no inspector, or null. */
    synchronized String failure() {
        return closed ? "the model was closed" : failure;
    }

    /** Frees the model; waits for an inspection still running on it. */
    @Override
    public void close() {
        ImageInspector open;
        synchronized (this) {
            closed = true;
            open = inspector;
            inspector = null;
        }
        if (open != null) {
            open.close();
        }
    }
}
