package io.augtune.ui;

import io.augtune.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;

/** The desktop application. */
public class AugTuneApp extends Application {
    public static final String TITLE = "AugTune Inspector";
    /** Held strongly: the logging framework keeps loggers only weakly, and would forget the level set on it. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private final AppContext context;
    private MainWindow window;

    /** The installed app, with the user's remembered settings. */
    public AugTuneApp() {
        this(null);
    }

    /** An app built from the given context (tests pass in-memory settings); null means the standard one. */
    public AugTuneApp(AppContext context) {
        this.context = context;
    }

    public static void launchApp(String[] args) {
        // JavaFX warns that it was loaded from the class path rather than as modules. That is how the app ships
        // (one jar and its lib folder), so the warning tells the user nothing; other JavaFX warnings stay.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(AugTuneApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppContext actual = Objects.requireNonNullElseGet(context, AppContext::standard);
        window = new MainWindow(actual, stage);
        window.show();
        // Started with a project file (double-click on it): open it as File > Open would, errors in a dialog.
        Parameters parameters = getParameters(); // null when a test builds the app without launching it
        if (parameters != null) {
            parameters.getRaw().stream()
                    .filter(arg -> arg.toLowerCase(java.util.Locale.ROOT).endsWith(".augtune")).findFirst()
                    .ifPresent(file -> window.workbench().openProject(Path.of(file).toAbsolutePath()));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }

    /** The running window, for tests. */
    public MainWindow window() {
        return window;
    }
}
