package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.ui.AppContext;
import io.augtune.ui.newproject.NewProjectViewModel;
import io.augtune.ui.results.DetailLoader;
import io.augtune.ui.results.DiskDetailLoader;
import io.augtune.ui.results.ModelDetailLoader;
import io.augtune.ui.results.ModelInspection;
import io.augtune.ui.results.ResultsData;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.tune.LiveTuneViewModel;
import io.augtune.ui.welcome.WelcomeViewModel;
import io.augtune.project.Thresholds;
import io.augtune.workflow.TuneJob;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;

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
    private final TuneCommands tuning;
    private final BatchCommands batches;
    private final TeachCommands teaching;
    private final RetuneCommands retuning;
    private final ReadOnlyBooleanWrapper batchShown = new ReadOnlyBooleanWrapper();
    private BooleanSupplier discardGuard = () -> true;
    private boolean resultsShowProject;
    /** The tuned model opened for the detail pane, or null. */
    private ModelInspection inspection;
    private boolean showingResults;

    public Workbench(AppContext context, ErrorReporter errors) {
        this.context = Objects.requireNonNull(context, "context");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.welcome = new WelcomeViewModel(context.settings(), context.samples(), this::newProject,
                this::openProject);
        this.newProject = new NewProjectViewModel(context.executor(), this::startTuning);
        this.results = new ResultsViewModel(context.executor());
        this.files = new ProjectCommands(session, context.executor(), context.settings(), errors, status::set);
        this.tuning = new TuneCommands(context.executor(), live, errors, status::set);
        this.batches = new BatchCommands(context.executor(), errors, status::set);
        this.teaching = new TeachCommands(session, context.executor(), errors, status::set, this::applyTaught);
        this.retuning = new RetuneCommands(this, tuning, teaching, live);
        results.thresholds().currentProperty().addListener((obs, old, now) -> resultsEdited());
        results.setOnDecisions(this::decisionsEdited);
        results.selectedProperty().addListener((obs, old, now) -> resultsEdited());
        results.heatmapOpacityProperty().addListener((obs, old, now) -> resultsEdited());
    }

    /** Asked before unsaved changes are dropped (the window shows a dialog); tests leave the default yes. */
    public void setDiscardGuard(BooleanSupplier guard) {
        discardGuard = Objects.requireNonNull(guard, "guard");
    }

    /** Asked when a save finds the project file changed on disk; a reload shows the file's project. */
    public void setSaveConflicts(SaveConflicts resolver) {
        files.setConflictHandling(resolver, this::showProject);
    }

    /** Whether a tuning runs now (closing the window would stop it). */
    public boolean isTuning() {
        return tuning.isRunning();
    }

    /** Clears the new-project screen and shows it. */
    public void newProject() {
        if (!discardGuard.getAsBoolean()) {
            return;
        }
        newProject.reset();
        navigator.show(Screen.NEW_PROJECT);
    }

    /** Opens a project file in the background, then shows its results (or its set-up if it has none). */
    public void openProject(Path file) {
        if (!discardGuard.getAsBoolean()) {
            return;
        }
        files.open(file, this::showProject);
    }

    private void showProject(Project project) {
        teaching.reset();
        newProject.loadFrom(project);
        navigator.resetReachable(Screen.NEW_PROJECT);
        if (project.thresholds() != null && !project.scores().isEmpty()) {
            showProjectResults(project);
            navigator.show(Screen.RESULTS);
            teaching.prepare();
        } else {
            closeInspection();
            navigator.show(Screen.NEW_PROJECT);
        }
    }

    /** Shows the production ranking of a project in the results screen. */
    void showProjectResults(Project project) {
        showProjectResults(project, false);
    }

    /** @param reranked the same images ranked again by a taught model: the decisions stay undoable */
    private void showProjectResults(Project project, boolean reranked) {
        showingResults = true;
        batchShown.set(false);
        Path folder = project.dataset().productionFolder();
        java.util.Map<String, io.augtune.project.Verdict> decisions = new java.util.HashMap<>();
        project.decisions().forEach(d -> decisions.put(d.relativePath(), d.verdict()));
        ResultsData data = new ResultsData("Production images", folder, project.scores(), project.thresholds(),
                project.viewState().selectedImage(), decisions);
        if (reranked) {
            results.showReranked(data, detailLoader(folder));
        } else {
            results.show(data, detailLoader(folder));
        }
        results.setTuning(project.tuning());
        if (project.viewState().heatmapOpacity() != null) {
            results.heatmapOpacityProperty().set(project.viewState().heatmapOpacity());
        }
        resultsShowProject = true;
        showingResults = false;
    }

    /**
     * Heatmaps and nearest normal images come from the tuned model when there is one; the opened model is shared by
     * every ranking shown with it and replaced (closed off the FX thread) when the model changes.
     */
    private DetailLoader detailLoader(Path imageFolder) {
        Project project = session.project();
        Path modelDir = session.modelDir();
        if (project == null || modelDir == null || !project.hasModel()) {
            closeInspection();
            return new DiskDetailLoader(imageFolder);
        }
        Path normals = project.dataset().normalFolder();
        if (inspection == null || !inspection.isFor(modelDir, normals)) {
            closeInspection();
            inspection = new ModelInspection(modelDir, normals, project.dataset().recursive());
        }
        return new ModelDetailLoader(imageFolder, inspection);
    }

    private void closeInspection() {
        if (inspection != null) {
            ModelInspection old = inspection;
            inspection = null;
            context.executor().execute(token -> {
                old.close();
                return null;
            }, closed -> { }, failure -> { });
        }
    }

    private void resultsEdited() {
        if (!resultsShowProject || showingResults || session.project() == null) {
            return;
        }
        String selected = results.selectedProperty().get() == null ? null
                : results.selectedProperty().get().relativePath();
        Project before = session.project();
        Project after = ProjectCommands.withView(before, results.thresholds().currentProperty().get(), selected,
                results.heatmapOpacityProperty().get());
        if (Objects.equals(before.thresholds(), after.thresholds())) {
            session.viewChanged(after);
        } else {
            session.edited(after);
        }
    }

    /** The inspector's decisions on the project's images are part of the project: saved with it, in its report. */
    private void decisionsEdited(java.util.List<io.augtune.project.UserDecision> decisions) {
        if (session.project() == null || !resultsShowProject) {
            return;
        }
        Project before = session.project();
        session.edited(before.withDecisions(decisions));
        teaching.decisionsChanged(before, decisions);
    }

    /** Shows the taught ranking with the decisions, selection and filters of now (marks made while it learnt). */
    private void applyTaught(io.augtune.workflow.TeachNormals.Taught taught) {
        Project now = session.project();
        String selected = results.selectedProperty().get() == null ? null
                : results.selectedProperty().get().relativePath();
        Project ranked = taught.project().withDecisions(now.decisions()).withThresholds(now.thresholds())
                .withViewState(new io.augtune.project.ViewState(selected, results.heatmapOpacityProperty().get()));
        var filter = results.verdictFilterProperty().get();
        String text = results.filterTextProperty().get();
        session.retaught(ranked, taught.modelDir());
        showProjectResults(ranked, true);
        results.verdictFilterProperty().set(filter);
        results.filterTextProperty().set(text);
        setStatus(teaching.learnt() + " image" + (teaching.learnt() == 1 ? "" : "s") + " added as normal by you; "
                + "production images ranked again");
    }

    /** Starts tuning a project set up on the new-project screen. */
    void startTuning(Project project) {
        if (tuning.isRunning()) {
            errors.report(new UserError("A tuning is already running", project.name(),
                    "cancel it on the Tune screen before starting another"));
            navigator.show(Screen.TUNE);
            return;
        }
        if (!discardGuard.getAsBoolean()) {
            return;
        }
        // The tuning makes a new project: nothing of the one shown before may stay in the header or the views.
        teaching.reset();
        results.clear();
        closeInspection();
        batchShown.set(false);
        session.close();
        navigator.resetReachable(Screen.NEW_PROJECT);
        navigator.show(Screen.TUNE);
        setStatus("Tuning " + project.name() + "…");
        tuning.start(project, this::tuned);
    }

    private void tuned(TuneJob.TuneOutcome outcome) {
        Project project = outcome.project();
        session.tuned(project, outcome.modelDir());
        showProjectResults(project);
        teaching.prepare();
        navigator.allow(Screen.RESULTS);
        setStatus("Tuned " + project.name() + ": " + project.scores().size() + " production images ranked");
    }

    /** Whether the open tuned project has a confirmed defect to retune with, while no tuning runs. */
    public BooleanBinding canRetuneBinding() {
        return retuning.possible();
    }

    /** The confirmed defects and good parts a retune of the open project would be judged by. */
    RetuneCommands.Evidence retuneEvidence() {
        return retuning.evidence();
    }

    /** Retunes the open project with its decisions as evidence; its results stay until the retune succeeds. */
    public void retuneWithDecisions() {
        retuning.start();
    }

    /** Shows the project's production ranking again after a batch. */
    public void showProductionResults() {
        if (session.project() != null && session.project().thresholds() != null) {
            showProjectResults(session.project());
        }
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

    /**
     * Where a report is proposed: beside the project file, else beside (never inside) the folder of images shown,
     * whose next scan should not meet it.
     */
    public Path suggestedReportFolder() {
        if (session.file() != null) {
            return session.file().getParent();
        }
        return results.data() == null ? null : results.data().imageFolder().getParent();
    }

    /** Writes the CSV report of what the results screen shows. */
    public void exportReport(Path csv) {
        if (results.data() == null) {
            return;
        }
        batches.exportReport(session.project(), session.file(), results.data(),
                results.thresholds().currentProperty().get(), csv);
    }

    /** Scores another folder with the tuned model, without retuning, and shows its ranking. */
    public void scoreBatch(Path folder) {
        Thresholds thresholds = session.project() == null ? null : session.project().thresholds();
        if (results.hasResultsProperty().get()) {
            thresholds = results.thresholds().currentProperty().get();
        }
        batches.scoreBatch(session.project(), session.modelDir(), thresholds, folder, data -> {
            resultsShowProject = false;
            results.show(data, detailLoader(folder));
            results.setTuning(null);
            batchShown.set(true);
            navigator.show(Screen.RESULTS);
        }, rescored -> {
            session.edited(rescored);
            showProjectResults(rescored);
            navigator.show(Screen.RESULTS);
            setStatus("Production images scored again: " + rescored.scores().size() + " ranked; save to keep it");
        });
    }

    /** Whether a tuned model exists to score a new batch with. */
    public BooleanBinding canScoreBatchBinding() {
        return Bindings.createBooleanBinding(() -> session.project() != null && session.project().hasModel(),
                session.projectProperty());
    }

    /** Whether the results screen shows a scored batch rather than the project's production images. */
    public ReadOnlyBooleanProperty batchShownProperty() {
        return batchShown.getReadOnlyProperty();
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
        if (inspection != null) {
            inspection.close(); // before the executor stops: frees the model's native memory
            inspection = null;
        }
        context.executor().shutdown();
        session.close();
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
