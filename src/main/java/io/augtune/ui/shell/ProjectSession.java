package io.augtune.ui.shell;

import io.augtune.project.FileStamp;
import io.augtune.project.Project;
import io.augtune.ui.AugTuneApp;
import io.augtune.workflow.ModelFolder;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;

/**
 * The project the window works on: the record, the file it was opened from or saved to, the folder of its trained
 * model, and whether it changed since then. Holds state only; the workbench runs the commands.
 */
public final class ProjectSession {
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final StringBinding windowTitle;
    private Path modelDir;
    private FileStamp stamp;
    /** Counts the projects shown: work started for one is dropped when it ends after another took over. */
    private long generation;

    public ProjectSession() {
        windowTitle = Bindings.createStringBinding(() -> project.get() == null ? AugTuneApp.TITLE
                : project.get().name() + (dirty.get() ? " •" : "") + " — " + AugTuneApp.TITLE, project, dirty);
    }

    /** A project fresh from tuning: not saved yet. */
    void tuned(Project tuned, Path tunedModelDir) {
        generation++;
        replaceModel(tunedModelDir);
        project.set(tuned);
        file.set(null);
        stamp = null;
        dirty.set(true);
    }

    /** A project opened from its file, as it was when read ({@code openedStamp}). */
    void opened(Project opened, Path openedFile, Path openedModelDir, FileStamp openedStamp) {
        generation++;
        replaceModel(openedModelDir);
        project.set(opened);
        file.set(openedFile);
        stamp = openedStamp;
        dirty.set(false);
    }

    /** The project after images marked good were learnt: a new model folder, the project ranked again. */
    void retaught(Project taught, Path taughtModelDir) {
        replaceModel(taughtModelDir);
        project.set(taught);
        dirty.set(true);
    }

    /**
     * The same project tuned again: a new model and ranking, unsaved, still written to its file (whose stamp stays,
     * so a save still notices another program's changes).
     */
    void retuned(Project retuned, Path retunedModelDir) {
        replaceModel(retunedModelDir);
        project.set(retuned);
        dirty.set(true);
    }

    /** The project after an edit (thresholds, selection). */
    void edited(Project changed) {
        if (changed != project.get()) {
            project.set(changed);
            dirty.set(true);
        }
    }

    /** The project with another view state (selection, opacity): kept, but not worth a save prompt. */
    void viewChanged(Project changed) {
        project.set(changed);
    }

    /** The project was written to {@code savedFile}, which now holds {@code savedStamp}. */
    void saved(Project savedProject, Path savedFile, FileStamp savedStamp) {
        project.set(savedProject);
        file.set(savedFile);
        stamp = savedStamp;
        dirty.set(false);
    }

    /** Forgets the project and deletes its temporary model folder (tuning and opening both use temp folders). */
    void close() {
        generation++;
        replaceModel(null);
        project.set(null);
        file.set(null);
        stamp = null;
        dirty.set(false);
    }

    private void replaceModel(Path newModelDir) {
        if (modelDir != null && !modelDir.equals(newModelDir)) {
            ModelFolder.deleteQuietly(modelDir);
        }
        modelDir = newModelDir;
    }

    /** Changes whenever another project (or none) is shown; edits, saves and retunes keep it. */
    long generation() {
        return generation;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The project file, or null before the first save. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** The project file as this window last read or wrote it, or null before the first save. */
    public FileStamp stamp() {
        return stamp;
    }

    /** The trained model's folder, or null when the project has none. */
    public Path modelDir() {
        return modelDir;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "bottles • — AugTune Inspector" while unsaved changes exist. */
    public StringBinding windowTitleBinding() {
        return windowTitle;
    }
}
