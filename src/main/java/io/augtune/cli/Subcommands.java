package io.augtune.cli;

import java.util.List;

/** The registry of subcommands; adding a command means adding it here. */
final class Subcommands {
    private Subcommands() {
    }

    static List<Object> all() {
        return List.of(new ImagesCommand(), new TuneCommand(), new EvaluateCommand(), new ScoreCommand(), new ReportCommand(),
                new BenchCommand(), new DecideCommand());
    }
}
