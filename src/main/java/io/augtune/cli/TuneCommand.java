package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.project.DatasetSpec;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ProjectStore;
import io.augtune.project.TuningRun;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.OutputGuard;
import io.augtune.workflow.TuneJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tune}: trains and tunes on a normal and a production folder, writes the model (and optionally a project). */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Tunes the augmentation end to end on a folder of normal images against a folder of "
                + "unlabeled production images, then writes the trained scoring model.",
            "Progress goes to stderr. Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class TuneCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--normal", paramLabel = "DIR", description = "Folder of normal (good) images (default with "
            + "an existing --project: its folder).")
    Path normal;

    @Option(names = "--production", paramLabel = "DIR",
            description = "Folder of unlabeled production images (default with an existing --project: its folder).")
    Path production;

    @Option(names = "--out", paramLabel = "MODEL", description = "Folder to write the trained model to.")
    Path out;

    @Option(names = "--project", paramLabel = "FILE",
            description = "Also write a project file (.augtune) with scores, thresholds and trajectories. If FILE "
                    + "exists it is updated: retuned with its folders and settings unless options say otherwise.")
    Path projectFile;

    @CommandLine.Mixin
    SettingsOptions settings;

    @Override
    public Integer call() throws Exception {
        if (out == null && projectFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --out MODEL and/or --project FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        LoadedProject existing = existingProject();
        ProjectSettings s = existing == null ? settings.toSettings(spec.commandLine())
                : settings.toSettings(spec.commandLine(), existing.project().settings());
        DatasetSpec dataset = datasetOrThrow(existing == null ? null : existing.project());
        Path file = projectFile == null ? null : ProjectFiles.withExtension(projectFile);
        checkOutputs(dataset, file, existing != null);
        String name = projectFile != null ? ProjectFiles.nameOf(projectFile) : dataset.productionFolder()
                .getFileName().toString();
        long began = System.nanoTime();
        // retuning a project: its inspector's Defect and Good decisions judge the families and starts
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest(name, dataset, s, existing == null
                ? List.of() : TuneJob.TuneRequest.evidenceOf(existing.project())))
                .run(new ProgressPrinter(err), CancellationToken.none());
        try {
            // Retuning an existing project keeps the user's decisions on images whose content did not change.
            Project project = existing == null ? outcome.project()
                    : outcome.project().withDecisionsCarriedFrom(existing.project());
            if (out != null) {
                ModelFolder.publish(outcome.modelDir(), out);
            }
            if (file != null) {
                ProjectFiles.save(project, file, outcome.modelDir(), existing == null ? null : existing.stamp());
            }
            report(project, began, file);
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
        return ExitCodes.OK;
    }

    /** Every place this run writes is checked before the long work starts. */
    private void checkOutputs(DatasetSpec dataset, Path file, boolean updatesFile) throws UnusableInputException {
        OutputGuard guard = new OutputGuard()
                .readsFolder(dataset.normalFolder(), "the normal image folder")
                .readsFolder(dataset.productionFolder(), "the production image folder");
        if (file != null) {
            guard.checkProject(file, "--project", updatesFile ? file : null);
        }
        if (out != null) {
            guard.checkModelFolder(out, "--out");
        }
    }

    private void report(Project project, long began, Path file) {
        PrintWriter o = spec.commandLine().getOut();
        if (project.tuning() == null) {
            o.printf(Locale.ROOT, "fitted frozen pretrained patch features in %.1f s (nothing tuned)%n",
                    (System.nanoTime() - began) / 1e9);
        } else {
            TuningRun kept = project.tuning().selected();
            o.printf(Locale.ROOT, "tuned %s in %.1f s: %s (%sfinal validation loss %.4f, start %d of %d)%n",
                    project.tuning().family(), (System.nanoTime() - began) / 1e9,
                    ProgressPrinter.format(kept.finalHyperparameters()), Double.isNaN(kept.selectionLoss()) ? ""
                            : String.format(Locale.ROOT, "selection loss %.4f, ", kept.selectionLoss()),
                    kept.finalValidationLoss(), project.tuning().selectedStart() + 1, project.tuning().runs().size());
            FamilyChoiceLines.of(project.tuning()).forEach(o::println);
        }
        if (project.tuning() != null) {
            project.tuning().undecided().ifPresent(why -> spec.commandLine().getErr().println("warning: " + why));
        }
        o.printf(Locale.ROOT, "threshold %.4f (%s)%n", project.thresholds().fail(), project.thresholds().rule());
        if (out != null) {
            o.println("model written to " + out.toAbsolutePath());
        }
        if (file != null) {
            o.println("project written to " + file.toAbsolutePath());
        }
    }

    /** The project to update, or null when none is given or the file does not exist yet. */
    private LoadedProject existingProject() throws Exception {
        if (projectFile == null || !Files.exists(ProjectFiles.withExtension(projectFile))) {
            return null;
        }
        // Retuning replaces the model: only the saved folders, settings and decisions are needed.
        LoadedProject loaded = new ProjectStore().loadWithoutModel(ProjectFiles.withExtension(projectFile));
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        return loaded;
    }

    private DatasetSpec datasetOrThrow(Project existing) throws UnusableInputException {
        if ((normal == null || production == null) && existing == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --normal DIR and --production DIR (or an existing --project FILE to retune)");
        }
        try {
            return new DatasetSpec(normal != null ? normal : existing.dataset().normalFolder(),
                    production != null ? production : existing.dataset().productionFolder(),
                    settings.recursive || (existing != null && existing.dataset().recursive()));
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }
}
