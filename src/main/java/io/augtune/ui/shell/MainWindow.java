package io.augtune.ui.shell;

import io.augtune.ui.AppContext;
import io.augtune.ui.AugTuneApp;
import io.augtune.ui.newproject.NewProjectView;
import io.augtune.ui.results.ResultsView;
import io.augtune.ui.settings.WindowBounds;
import io.augtune.ui.tune.LiveTuneView;
import io.augtune.ui.welcome.WelcomeView;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The main window: menu bar and step bar on top, the current screen in the centre, a status line below. */
public final class MainWindow {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;
    private static final ButtonType DISCARD = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);

    private final Stage stage;
    private final Workbench workbench;
    private final BorderPane root = new BorderPane();
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);
    private final Map<Screen, Supplier<Node>> factories = new EnumMap<>(Screen.class);

    public MainWindow(AppContext context, Stage stage) {
        this.stage = stage;
        this.workbench = new Workbench(context, new ErrorDialogs(stage));
        workbench.setDiscardGuard(this::confirmDiscard);
        workbench.setSaveConflicts(this::askAboutConflict);
        factories.put(Screen.WELCOME, () -> new WelcomeView(workbench.welcome(), this::chooseAndOpen).build());
        factories.put(Screen.NEW_PROJECT, () -> new NewProjectView(workbench.newProjectModel(),
                context.settings()).build());
        factories.put(Screen.TUNE, () -> new LiveTuneView(workbench.liveModel(), workbench::backToProject,
                workbench::showResults).build());
        factories.put(Screen.RESULTS, () -> new ResultsView(workbench.resultsModel(), this::chooseBatch,
                workbench::showProductionResults, workbench.canScoreBatchBinding(),
                workbench.batchShownProperty()).build());
    }

    public Workbench workbench() {
        return workbench;
    }

    public void show() {
        Node menu = new AppMenu(workbench, this).build();
        Label status = new Label();
        status.getStyleClass().add("status-line");
        status.textProperty().bind(workbench.statusProperty());
        root.setTop(new VBox(menu, new StepBar(workbench.navigator()).build(projectLabel())));
        root.setBottom(status);
        root.getStyleClass().add("app-root");
        workbench.navigator().currentProperty().addListener((obs, old, screen) -> showScreen(screen));
        showScreen(workbench.navigator().current());

        WindowBounds bounds = workbench.context().settings().windowBounds().orElse(null);
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(bounds == null ? DEFAULT_WIDTH : bounds.width(), screen.getWidth());
        double height = Math.min(bounds == null ? DEFAULT_HEIGHT : bounds.height(), screen.getHeight());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/io/augtune/ui/augtune.css").toExternalForm());
        stage.titleProperty().bind(workbench.session().windowTitleBinding());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        if (bounds != null && screen.contains(bounds.x(), bounds.y())) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
        stage.setOnHidden(event -> rememberBounds());
        stage.setOnCloseRequest(event -> {
            if (!confirmStopTuning() || !confirmDiscard()) {
                event.consume();
            }
        });
        stage.show();
    }

    /** The project's name at the right of the step bar, with a note while changes are unsaved. */
    private Node projectLabel() {
        ProjectSession session = workbench.session();
        Label label = new Label();
        label.setId("projectLabel");
        label.getStyleClass().add("project-label");
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> session.project() == null
                ? "" : session.project().name() + (session.dirtyProperty().get() ? "  ·  unsaved changes"
                : session.file() == null ? "" : "  ·  " + session.file().getFileName()),
                session.projectProperty(), session.dirtyProperty(), session.fileProperty()));
        return label;
    }

    /** Cancels background work; called when the app stops. */
    public void dispose() {
        workbench.dispose();
    }

    void quit() {
        if (confirmStopTuning() && confirmDiscard()) {
            stage.close();
        }
    }

    /** Whether a running tuning may be stopped: true when none runs or the user agrees. */
    boolean confirmStopTuning() {
        if (!workbench.isTuning()) {
            return true;
        }
        ButtonType stop = new ButtonType("Stop tuning and quit", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, stop);
        ask.initOwner(stage);
        ask.setTitle(AugTuneApp.TITLE);
        ask.setHeaderText("A tuning is still running. Stop it and quit?");
        ask.setContentText("Its work so far is lost; saved projects stay as they are.");
        return ask.showAndWait().filter(stop::equals).isPresent();
    }

    /** Asks what to do when the project file was changed by another program since this window read it. */
    private SaveConflicts.Resolution askAboutConflict(io.augtune.project.ProjectChangedException changed) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.LEFT);
        ButtonType saveAs = new ButtonType("Save as…", ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", reload, saveAs, overwrite, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(AugTuneApp.TITLE);
        ask.setHeaderText("The project file changed on disk");
        Label text = new Label(changed.getMessage() + "\n\nReload discards this window's changes; Overwrite "
                + "replaces what the other program saved.");
        text.setWrapText(true);
        text.setPrefWidth(460);
        ask.getDialogPane().setContent(text);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == reload) {
            return new SaveConflicts.Resolution(SaveConflicts.Choice.RELOAD, null);
        }
        if (answer == overwrite) {
            return new SaveConflicts.Resolution(SaveConflicts.Choice.OVERWRITE, null);
        }
        if (answer == saveAs) {
            Path other = chooseFileToWrite("Save project as", changed.file().getFileName().toString(),
                    new FileChooser.ExtensionFilter("AugTune projects", "*.augtune"));
            return other == null ? SaveConflicts.Resolution.cancel()
                    : new SaveConflicts.Resolution(SaveConflicts.Choice.SAVE_AS, other);
        }
        return SaveConflicts.Resolution.cancel();
    }

    /**
     * Whether unsaved changes may be dropped: true when there are none or the user agrees. Asks with a dialog.
     */
    boolean confirmDiscard() {
        if (!workbench.session().dirtyProperty().get()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, DISCARD);
        ask.initOwner(stage);
        ask.setTitle(AugTuneApp.TITLE);
        ask.setHeaderText("Discard the unsaved changes of " + workbench.session().project().name() + "?");
        ask.setContentText("The tuned model and the thresholds are lost unless you save the project first "
                + "(File › Save).");
        return ask.showAndWait().filter(DISCARD::equals).isPresent();
    }

    /** Asks before retuning with the decisions; the current model stays until the retune succeeds. */
    void confirmAndRetune() {
        if (workbench.session().project() == null) {
            return;
        }
        ButtonType retune = new ButtonType("Retune", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, retune);
        ask.initOwner(stage);
        ask.setTitle(AugTuneApp.TITLE);
        ask.setHeaderText("Retune " + workbench.session().project().name() + " with "
                + workbench.retuneEvidence().words() + " you marked?");
        ask.setContentText("The current model is replaced when it finishes; cancel keeps it.");
        if (ask.showAndWait().filter(retune::equals).isPresent()) {
            workbench.retuneWithDecisions();
        }
    }

    Stage stage() {
        return stage;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("AugTune projects", "*.augtune"));
        workbench.context().settings().lastFolder().map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            workbench.context().settings().setLastFolder(file.toPath().getParent());
            workbench.openProject(file.toPath());
        }
    }

    /** Asks where to write a file; remembers the folder. Null when the user cancels. */
    Path chooseFileToWrite(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        return chooseFileToWrite(title, suggestedName, filter, null);
    }

    /** The same, starting in {@code folder} when given (else the last folder used). */
    Path chooseFileToWrite(String title, String suggestedName, FileChooser.ExtensionFilter filter, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        chooser.setInitialFileName(suggestedName);
        java.util.Optional.ofNullable(folder).or(() -> workbench.context().settings().lastFolder())
                .map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return null;
        }
        if (file.toPath().getParent() != null) {
            workbench.context().settings().setLastFolder(file.toPath().getParent());
        }
        return file.toPath();
    }

    void chooseBatch() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Folder of images to score");
        workbench.context().settings().lastFolder().map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            workbench.context().settings().setLastFolder(folder.toPath());
            workbench.scoreBatch(folder.toPath());
        }
    }

    private void showScreen(Screen screen) {
        root.setCenter(views.computeIfAbsent(screen, key -> factories.get(key).get()));
        if (screen == Screen.WELCOME) {
            workbench.welcome().refresh();
        }
    }

    private void rememberBounds() {
        workbench.context().settings().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    }
}
