package io.augtune;

import io.augtune.cli.AugTuneCommand;

/**
 * Launcher. With no arguments, or a project file alone, it opens the desktop app; otherwise it runs a headless
 * command.
 * It must not extend {@code javafx.application.Application}: with JavaFX on the class path (not the module path)
 * the JDK refuses to start an Application main class directly ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    /** A project file given alone (a double-click on it in a file manager): the desktop app opens it. */
    static boolean opensProject(String[] args) {
        return args.length == 1 && isProjectFile(args[0]) && !args[0].startsWith("-");
    }

    static boolean isProjectFile(String arg) {
        return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".augtune");
    }

    public static void main(String[] args) {
        // Never let DJL try to download anything: libtorch ships inside the app.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        // Model folders that a crashed or killed run left in the temp folder are removed.
        io.augtune.common.TempFiles.sweepSystemTemp();
        if (args.length == 0 || opensProject(args)) {
            io.augtune.ui.AugTuneApp.launchApp(args);
        } else {
            System.exit(AugTuneCommand.run(args));
        }
    }
}
