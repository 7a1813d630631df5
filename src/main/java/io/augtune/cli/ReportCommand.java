package io.augtune.cli;

import io.augtune.common.UnusableInputException;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.workflow.ProjectImagesCheck;
import io.augtune.workflow.OutputGuard;
import io.augtune.workflow.ReportExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code report}: exports a saved project's production ranking as the CSV report, without loading the model. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the CSV report of a saved project's production ranking: "
                + "its scores, thresholds and the user's decisions as saved (metadata in NAME.meta.properties). "
                + "Images that are gone or changed since "
                + "the project was saved are left out and listed on stderr.",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "A project file (.augtune).")
    Path projectFile;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV report to write.")
    Path csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        OutputFiles.requireFolderOf(csv, "--csv");
        Project project = load(err);
        new OutputGuard().readsFile(ProjectFiles.withExtension(projectFile), "the project being read")
                .readsFolder(project.dataset().productionFolder(), "the project's production image folder")
                .checkReport(csv, "--csv");
        if (project.scores().isEmpty() || project.thresholds() == null) {
            throw new UnusableInputException(projectFile + ": the project has no results yet; tune it first");
        }
        ProjectImagesCheck.Outcome check = ProjectImagesCheck.check(project);
        check.messages().forEach(m -> err.println("warning: " + m));
        Project current = check.project();
        if (current.scores().isEmpty()) {
            throw new UnusableInputException(projectFile + ": none of the project's production images is as it was "
                    + "saved; score its production folder again (score --project) before reporting");
        }
        Thresholds t = current.thresholds();
        List<ScoredImage> ranked = ReportExport.ranked(current.scores());
        Function<ScoredImage, Verdict> verdicts = ReportExport.projectVerdicts(current, t);
        ReportExport.write(csv, ranked, t, verdicts, ReportExport.projectDecisions(current),
                ReportExport.metadataOf(current, current.dataset().productionFolder()));
        PrintWriter out = spec.commandLine().getOut();
        FamilyChoiceLines.of(current.tuning()).forEach(out::println);
        out.printf(Locale.ROOT, "threshold %.6g (%s)%n", t.fail(), t.rule());
        out.printf(Locale.ROOT, "%d images: %d fail, %d to review, %d pass%n", ranked.size(),
                count(ranked, verdicts, Verdict.FAIL), count(ranked, verdicts, Verdict.REVIEW),
                count(ranked, verdicts, Verdict.PASS));
        out.println("report written to " + csv.toAbsolutePath());
        return ExitCodes.OK;
    }

    private Project load(PrintWriter err) throws Exception {
        LoadedProject loaded = new ProjectStore().loadWithoutModel(ProjectFiles.withExtension(projectFile));
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        return loaded.project();
    }

    private static long count(List<ScoredImage> ranked, Function<ScoredImage, Verdict> verdicts, Verdict v) {
        return ranked.stream().filter(s -> verdicts.apply(s) == v).count();
    }
}
