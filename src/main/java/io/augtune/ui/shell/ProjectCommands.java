package io.augtune.ui.shell;

import io.augtune.common.CancelledException;
import io.augtune.project.ExpectedFile;
import io.augtune.project.FileStamp;
import io.augtune.project.ProjectChangedException;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ViewState;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.workflow.OutputGuard;
import io.augtune.workflow.ProjectImagesCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Open and save: project files are read and written in the background; failures become {@link UserError}s naming
 * the file. What an opened project shows is up to the workbench ({@code onOpened}).
 */
final class ProjectCommands {
    private final ProjectStore store = new ProjectStore();
    private final ProjectSession session;
    private final BackgroundExecutor executor;
    private final AppSettings settings;
    private final ErrorReporter errors;
    private final Consumer<String> status;
    /** Where nobody can be asked (tests, a window without dialogs): keep the other file, say why nothing was saved. */
    private SaveConflicts conflicts;
    private Consumer<Project> onReloaded = project -> { };

    ProjectCommands(ProjectSession session, BackgroundExecutor executor, AppSettings settings, ErrorReporter errors,
                    Consumer<String> status) {
        this.session = session;
        this.executor = executor;
        this.settings = settings;
        this.errors = errors;
        this.status = status;
        this.conflicts = changed -> {
            errors.report(UserError.of("Could not save the project", changed.file(), changed));
            return SaveConflicts.Resolution.cancel();
        };
    }

    /** Who decides when a save finds its file changed on disk, and what shows a project reloaded then. */
    void setConflictHandling(SaveConflicts resolver, Consumer<Project> reloaded) {
        this.conflicts = Objects.requireNonNull(resolver, "resolver");
        this.onReloaded = Objects.requireNonNull(reloaded, "reloaded");
    }

    /** Opens a project file; {@code onOpened} receives it on the UI thread. */
    void open(Path file, Consumer<Project> onOpened) {
        Objects.requireNonNull(file, "file");
        status.accept("Opening " + file.getFileName() + "…");
        executor.execute(token -> {
            LoadedProject loaded = store.load(file, null);
            return new Opened(loaded, ProjectImagesCheck.check(loaded.project()));
        }, (Opened opened) -> {
            LoadedProject loaded = opened.loaded();
            Project project = opened.check().project();
            session.opened(loaded.project(), file.toAbsolutePath().normalize(), loaded.modelDir(), loaded.stamp());
            if (project != loaded.project()) {
                session.edited(project); // stale scores set aside: saving would store that
            }
            settings.rememberProject(file);
            status.accept("Opened " + file);
            List<String> warnings = new ArrayList<>(loaded.warnings());
            warnings.addAll(opened.check().messages());
            if (!warnings.isEmpty()) {
                errors.report(new UserError("The project opened, with warnings", file.toString(),
                        String.join("\n\n", warnings)));
            }
            onOpened.accept(project);
        }, failure -> {
            status.accept("Ready");
            errors.report(UserError.of("Could not open the project", file, failure));
        });
    }

    /** A loaded project and how its folders compare with its manifest. */
    private record Opened(LoadedProject loaded, ProjectImagesCheck.Outcome check) {
    }

    /** Whether the project has a file to save to without asking. */
    boolean hasFile() {
        return session.file() != null;
    }

    /** Saves to the project's file. */
    void save(Project current) {
        saveAs(current, session.file());
    }

    /**
     * Saves to {@code file}, which becomes the project's file. The project's own file must be as this window read
     * it; another file must be new, or a project (the file dialog has asked whether to replace it). A file that
     * changed meanwhile goes to {@code conflicts}, which decides: reload, save elsewhere or overwrite.
     */
    void saveAs(Project current, Path file) {
        if (current == null || file == null) {
            return;
        }
        Path target = withExtension(file).toAbsolutePath().normalize();
        boolean ownFile = target.equals(session.file());
        write(current, target, ownFile ? ExpectedFile.of(session.stamp()) : null);
    }

    /**
     * Writes in the background, the checks included (they touch the disk): a target that is an input or not a
     * project is refused there, with the reason.
     *
     * @param expected what the target must hold; null for "new, or a project the file dialog agreed to replace"
     */
    private void write(Project current, Path target, ExpectedFile expected) {
        Path modelDir = current.hasModel() ? session.modelDir() : null;
        boolean ownFile = target.equals(session.file());
        status.accept("Saving " + target.getFileName() + "…");
        executor.execute(token -> {
            new OutputGuard().readsFolder(current.dataset().normalFolder(), "the normal image folder")
                    .readsFolder(current.dataset().productionFolder(), "the production image folder")
                    .checkProject(target, "The project file", ownFile ? target : null);
            ExpectedFile what = expected != null ? expected
                    : java.nio.file.Files.exists(target) ? ExpectedFile.anything() : ExpectedFile.absent();
            return new Saved(target, store.save(current, target, modelDir, what));
        }, saved -> {
            session.saved(current, saved.file(), saved.stamp());
            settings.rememberProject(saved.file());
            status.accept("Saved " + saved.file());
        }, failure -> {
            status.accept("Ready");
            if (failure instanceof ProjectChangedException changed) {
                resolve(current, target, changed);
            } else if (!(failure instanceof CancelledException)) {
                errors.report(UserError.of("Could not save the project", target, failure));
            }
        });
    }

    private void resolve(Project current, Path target, ProjectChangedException changed) {
        SaveConflicts.Resolution answer = conflicts.ask(changed);
        switch (answer.choice()) {
            case OVERWRITE -> write(current, target, ExpectedFile.anything());
            case SAVE_AS -> saveAs(current, answer.otherFile());
            case RELOAD -> open(target, onReloaded);
            case CANCEL -> status.accept("Not saved: " + target.getFileName() + " changed on disk");
            default -> throw new IllegalStateException(answer.choice().name());
        }
    }

    private record Saved(Path file, FileStamp stamp) {
    }

    /** The project with what the results view shows now: thresholds and selected image. */
    static Project withView(Project project, io.augtune.project.Thresholds thresholds, String selected,
                            Double opacity) {
        Project updated = project;
        if (thresholds != null && !thresholds.equals(project.thresholds())) {
            updated = updated.withThresholds(thresholds);
        }
        ViewState view = new ViewState(selected, opacity);
        if (!view.equals(project.viewState())) {
            updated = updated.withViewState(view);
        }
        return updated;
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectStore.EXTENSION) ? file : file.resolveSibling(name + ProjectStore.EXTENSION);
    }
}
