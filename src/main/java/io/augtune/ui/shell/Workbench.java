package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.ui.AppContext;
import io.augtune.ui.newproject.NewProjectViewModel;
import io.augtune.ui.results.DiskDetailLoader;
import io.augtune.ui.results.ResultsData;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.tune.LiveTuneViewModel;
import io.augtune.ui.welcome.WelcomeViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The app-wide view-model: the navigator, the session, the view-model of every screen, and the commands of the
 * menu bar (new, open, save, export, score a batch). It owns no nodes; the main window binds to it.
 */
public final class Workbench {
    private final AppContext context;
    private final ErrorReporter errors;
    private final Navigator navigator = new Navigator();
    private final ProjectSession session = new ProjectSession();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final WelcomeViewModel welcome;
    private final NewProjectViewModel newProject;
    private final LiveTuneViewModel live = new LiveTuneViewModel();
    private final ResultsViewModel results;
    private final ProjectCommands files;
    private boolean resultsShowProject;
    private boolean showingResults;

    public Workbench(AppContext context, ErrorReporter errors) {
        this.context = Objects.requireNonNull(context, "context");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.welcome = new WelcomeViewModel(context.settings(), context.samples(), this::newProject,
                this::openProject);
        this.newProject = new NewProjectViewModel(context.executor(), this::startTuning);
        this.results = new ResultsViewModel(context.executor());
        this.files = new ProjectCommands(session, context.executor(), context.settings(), errors, status::set);
        results.thresholds().currentProperty().addListener((obs, old, now) -> resultsEdited());
        results.selectedProperty().addListener((obs, old, now) -> resultsEdited());
        results.heatmapOpacityProperty().addListener((obs, old, now) -> resultsEdited());
    }

    /** Clears the new-project screen and shows it. */
    public void newProject() {
        newProject.reset();
        navigator.show(Screen.NEW_PROJECT);
    }

    /** Opens a project file in the background, then shows its results (or its set-up if it has none). */
    public void openProject(Path file) {
        files.open(file, this::showProject);
    }

    private void showProject(Project project) {
        newProject.loadFrom(project);
        navigator.resetReachable(Screen.NEW_PROJECT);
        if (project.thresholds() != null && !project.scores().isEmpty()) {
            showProjectResults(project);
            navigator.show(Screen.RESULTS);
        } else {
            navigator.show(Screen.NEW_PROJECT);
        }
    }

    /** Shows the production ranking of a project in the results screen. */
    void showProjectResults(Project project) {
        showingResults = true;
        Path folder = project.dataset().productionFolder();
        results.show(new ResultsData("Production images", folder, project.scores(), project.thresholds(),
                project.viewState().selectedImage()), new DiskDetailLoader(folder));
        if (project.viewState().heatmapOpacity() != null) {
            results.heatmapOpacityProperty().set(project.viewState().heatmapOpacity());
        }
        resultsShowProject = true;
        showingResults = false;
    }

    private void resultsEdited() {
        if (!resultsShowProject || showingResults || session.project() == null) {
            return;
        }
        String selected = results.selectedProperty().get() == null ? null
                : results.selectedProperty().get().relativePath();
        session.edited(ProjectCommands.withView(session.project(), results.thresholds().currentProperty().get(),
                selected, results.heatmapOpacityProperty().get()));
    }

    /** Starts tuning a project set up on the new-project screen. */
    void startTuning(Project project) {
        navigator.show(Screen.TUNE);
        setStatus("Tuning " + project.name());
    }

    /** Whether Save can write without asking for a file. */
    public boolean hasProjectFile() {
        return files.hasFile();
    }

    public void save() {
        files.save(session.project());
    }

    public void saveAs(Path file) {
        files.saveAs(session.project(), file);
    }

    /** Writes the CSV report of what the results screen shows. */
    public void exportReport(Path csv) {
        errors.report(new UserError("Could not export the report", csv.toString(),
                "exporting reports is not available yet"));
    }

    /** Scores another folder with the tuned model, without retuning. */
    public void scoreBatch(Path folder) {
        errors.report(new UserError("Could not score the batch", folder.toString(),
                "scoring a new batch is not available yet"));
    }

    /** Back to the project screen, e.g. after a cancelled run. */
    public void backToProject() {
        navigator.show(Screen.NEW_PROJECT);
    }

    public void showResults() {
        navigator.show(Screen.RESULTS);
    }

    public void dispose() {
        newProject.cancel();
        live.cancel();
        results.cancel();
        context.executor().shutdown();
    }

    public AppContext context() {
        return context;
    }

    public Navigator navigator() {
        return navigator;
    }

    public ProjectSession session() {
        return session;
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public NewProjectViewModel newProjectModel() {
        return newProject;
    }

    public LiveTuneViewModel liveModel() {
        return live;
    }

    public ResultsViewModel resultsModel() {
        return results;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setStatus(String text) {
        status.set(text);
    }

    ErrorReporter errors() {
        return errors;
    }
}
