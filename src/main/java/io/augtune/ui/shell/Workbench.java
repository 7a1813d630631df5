package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.ui.AppContext;
import io.augtune.ui.newproject.NewProjectViewModel;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.tune.LiveTuneViewModel;
import io.augtune.ui.welcome.WelcomeViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The app-wide view-model: the navigator, the view-model of every screen, and the commands of the menu bar
 * (new, open, save, export). It owns no nodes; the main window binds to it.
 */
public final class Workbench {
    private final AppContext context;
    private final ErrorReporter errors;
    private final Navigator navigator = new Navigator();
    private final WelcomeViewModel welcome;
    private final NewProjectViewModel newProject;
    private final LiveTuneViewModel live = new LiveTuneViewModel();
    private final ResultsViewModel results;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");

    public Workbench(AppContext context, ErrorReporter errors) {
        this.context = Objects.requireNonNull(context, "context");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.welcome = new WelcomeViewModel(context.settings(), context.samples(), this::newProject,
                this::openProject);
        this.newProject = new NewProjectViewModel(context.executor(), this::startTuning);
        this.results = new ResultsViewModel(context.executor());
    }

    public AppContext context() {
        return context;
    }

    public Navigator navigator() {
        return navigator;
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

    public void newProject() {
        navigator.show(Screen.NEW_PROJECT);
    }

    /** Starts tuning a project set up on the new-project screen. */
    void startTuning(Project project) {
        navigator.show(Screen.TUNE);
        setStatus("Tuning " + project.name());
    }

    public void openProject(Path file) {
        errors.report(new UserError("Could not open the project", file.toString(),
                "opening projects is not available yet"));
    }

    /** Back to the project screen, e.g. after a cancelled run. */
    public void backToProject() {
        navigator.show(Screen.NEW_PROJECT);
    }

    public void showResults() {
        navigator.show(Screen.RESULTS);
    }

    /** Scores another folder with the tuned model, without retuning. */
    public void scoreBatch(Path folder) {
        errors.report(new UserError("Could not score the batch", folder.toString(),
                "scoring a new batch is not available yet"));
    }

    public void dispose() {
        newProject.cancel();
        live.cancel();
        results.cancel();
        context.executor().shutdown();
    }
}
