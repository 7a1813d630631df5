package io.augtune.cli;

import io.augtune.common.AppVersion;
import io.augtune.common.UnusableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Root of the headless command line; each subcommand is a class of its own in this package. */
@Command(name = "augtune",
        mixinStandardHelpOptions = true,
        versionProvider = AugTuneCommand.Version.class,
        description = "AugTune Inspector: self-tuning self-supervised anomaly detection. Without a command the desktop app opens.",
        subcommands = {CommandLine.HelpCommand.class})
public final class AugTuneCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with explicit streams, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = create();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine create() {
        CommandLine cl = new CommandLine(new AugTuneCommand());
        for (Object sub : Subcommands.all()) {
            // a CommandLine of its own, because picocli applies model transformers (which add the settings' options,
            // see SettingsOptions) when a CommandLine is made, not when a bare command is added as a subcommand
            cl.addSubcommand(new CommandLine(sub));
        }
        // A user error is one line on stderr, never a stack trace or the whole usage text.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println("error: " + oneLine(ex.getMessage()) + " (see: "
                    + where.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UnusableInputException) {
                commandLine.getErr().println("error: " + oneLine(ex.getMessage()));
                return ExitCodes.UNUSABLE_INPUT;
            }
            commandLine.getErr().println("internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        return cl;
    }

    /** The message with its line breaks folded, so that an error stays one line however it was worded. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "AugTune Inspector " + AppVersion.app(),
                "DJL " + AppVersion.djl() + ", PyTorch " + AppVersion.pytorch() + " (CPU)",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
