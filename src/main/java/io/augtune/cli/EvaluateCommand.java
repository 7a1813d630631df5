package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.workflow.EvaluateJob;
import io.augtune.workflow.EvaluationSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code evaluate}: fixed vs grid vs tuned image AUROC on a labelled data set in the MVTec layout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures image AUROC of the fixed, grid and tuned methods on a labelled data set in the "
                + "MVTec layout (good/ or train/good/, test/<type>/, ground_truth/<type>/). Test labels are used only "
                + "for the metrics, never for training or tuning.",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The data set folder.")
    Path dataset;

    @Option(names = "--defect", paramLabel = "NAME",
            description = "Keep only test/good and test/NAME (one task per defect type).")
    String defect;

    @Option(names = "--methods", paramLabel = "LIST", split = ",", defaultValue = "fixed,grid,tuned",
            description = "Comma-separated subset of fixed,grid,tuned (default: all).")
    Set<String> methods;

    @Option(names = "--diagnose", description = "Add the sensitivity run (tuning against normal-only, defect-only and "
            + "mixed production images) and, when the grid runs, the Spearman correlation of its validation losses "
            + "(under every loss) with its AUROCs.")
    boolean diagnose;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON (trajectories to "
            + "FILE.trajectories.csv beside it).")
    Path json;

    @CommandLine.Mixin
    SettingsOptions settings;

    @Override
    public Integer call() throws Exception {
        if (json != null) {
            OutputFiles.requireFolderOf(json, "--json");
        }
        EvaluateJob.Request request = new EvaluateJob.Request(dataset, defect,
                settings.toSettings(spec.commandLine()), parseMethods(), diagnose);
        EvaluationSummary report = new EvaluateJob(request).evaluate(new ProgressPrinter(spec.commandLine()
                .getErr()), CancellationToken.none());
        report.lines().forEach(spec.commandLine().getOut()::println);
        if (json != null) {
            report.writeJson(json);
            spec.commandLine().getOut().println("json written to " + json.toAbsolutePath());
        }
        return ExitCodes.OK;
    }

    private Set<EvaluateJob.Method> parseMethods() {
        Set<EvaluateJob.Method> out = EnumSet.noneOf(EvaluateJob.Method.class);
        for (String m : methods) {
            try {
                out.add(EvaluateJob.Method.valueOf(m.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--methods takes fixed, grid and/or tuned: " + m);
            }
        }
        return out;
    }
}
