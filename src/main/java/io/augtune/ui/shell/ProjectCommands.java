package io.augtune.ui.shell;

import io.augtune.common.CancelledException;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ViewState;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.settings.AppSettings;
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

    ProjectCommands(ProjectSession session, BackgroundExecutor executor, AppSettings settings, ErrorReporter errors,
                    Consumer<String> status) {
        this.session = session;
        this.executor = executor;
        this.settings = settings;
        this.errors = errors;
        this.status = status;
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
            session.opened(loaded.project(), file.toAbsolutePath().normalize(), loaded.modelDir());
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

    /** Saves to {@code file}, which becomes the project's file. */
    void saveAs(Project current, Path file) {
        if (current == null || file == null) {
            return;
        }
        Path target = withExtension(file);
        Path modelDir = current.hasModel() ? session.modelDir() : null;
        status.accept("Saving " + target.getFileName() + "…");
        executor.execute(token -> {
            store.save(current, target, modelDir);
            return target;
        }, saved -> {
            session.saved(current, saved);
            settings.rememberProject(saved);
            status.accept("Saved " + saved);
        }, failure -> {
            status.accept("Ready");
            if (!(failure instanceof CancelledException)) {
                errors.report(UserError.of("Could not save the project", target, failure));
            }
        });
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
