package io.augtune.ui.newproject;

import io.augtune.ui.fx.Pulse;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.widgets.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The new-project screen: name, the two folder cards side by side, the settings card, and Start tuning. */
public final class NewProjectView {
    private final NewProjectViewModel model;
    private final AppSettings settings;
    private final Pulse pulse;
    private final BorderPane root = new BorderPane();

    public NewProjectView(NewProjectViewModel model, AppSettings settings) {
        this.model = model;
        this.settings = settings;
        this.pulse = new Pulse(model::pulse);
    }

    public Node build() {
        FolderPanel normal = new FolderPanel(model.normal(), "Normal images",
                "Known-good parts. The detector learns what normal looks like from these.",
                model::chooseNormalFolder, () -> choose("Folder of normal images", model::chooseNormalFolder));
        FolderPanel production = new FolderPanel(model.production(), "Production images",
                "Unlabelled images from the line, mostly good with some defects. Tuning adapts to them; "
                        + "they are ranked at the end.",
                model::chooseProductionFolder,
                () -> choose("Folder of production images", model::chooseProductionFolder));
        Node normalCard = normal.build("normalFolder");
        Node productionCard = production.build("productionFolder");
        GridPane folders = new GridPane();
        folders.setHgap(14);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            folders.getColumnConstraints().add(half);
        }
        RowConstraints fill = new RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        folders.getRowConstraints().add(fill);
        folders.addRow(0, normalCard, productionCard);

        ScrollPane settingsScroll = new ScrollPane(new SettingsFormView(model.settings()).build());
        settingsScroll.setFitToWidth(true);
        settingsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        settingsScroll.getStyleClass().add("plain-scroll");
        settingsScroll.setPrefWidth(400);
        settingsScroll.setMinWidth(340);

        root.getStyleClass().add("screen");
        root.setTop(header());
        root.setCenter(folders);
        root.setRight(settingsScroll);
        BorderPane.setMargin(settingsScroll, new Insets(0, 0, 0, 14));
        root.setBottom(footer());
        pulse.whileShown(root);
        return root;
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(model.screenTitleProperty());
        title.getStyleClass().add("screen-title");
        TextField name = new TextField();
        name.setId("projectName");
        name.setPromptText("Project name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnKeyTyped(event -> model.nameEditedByUser());
        CheckBox recursive = new CheckBox("Include sub-folders");
        recursive.setId("recursive");
        recursive.selectedProperty().bindBidirectional(model.recursiveProperty());
        HBox header = new HBox(16, title, new Label("Name"), name, recursive);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node footer() {
        Label blocker = new Label();
        blocker.setId("startBlocker");
        blocker.getStyleClass().add("hint");
        blocker.textProperty().bind(model.blockerBinding());
        blocker.setWrapText(true);
        model.blockerIsProblemBinding().addListener((obs, was, problem) -> styleBlocker(blocker, problem));
        styleBlocker(blocker, model.blockerIsProblemBinding().get());
        Button start = new Button("Start tuning", Icons.play());
        start.setId("startTuning");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartBinding().not());
        start.setOnAction(event -> model.start());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, blocker, spacer, start);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("screen-footer");
        return new VBox(footer);
    }

    private void choose(String title, Consumer<Path> target) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        settings.lastFolder().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            Path parent = folder.toPath().getParent();
            settings.setLastFolder(parent == null ? folder.toPath() : parent);
            target.accept(folder.toPath());
        }
    }

    /** A problem to fix reads as an error; the next step to take stays a quiet hint. */
    private static void styleBlocker(Label blocker, boolean problem) {
        blocker.getStyleClass().removeAll("hint", "error-text");
        blocker.getStyleClass().add(problem ? "error-text" : "hint");
    }
}
