package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.project.ExpectedFile;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.UserDecision;
import io.augtune.project.Verdict;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.TeachNormals;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code decide}: records an inspector's decisions on a project's production images, as the app's D, G and U keys do. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Records the inspector's decisions on production images of a project: defect, good or unsure. "
                + "A decision becomes the image's verdict in the report and is kept when the folder is scored again "
                + "(for images whose bytes are unchanged).",
            "FILE is a path inside the project's production folder, or a path relative to it.",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class DecideCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "A project file (.augtune).")
    Path projectFile;

    @Option(names = "--defect", paramLabel = "FILE", description = "An image the inspector found defective.")
    List<String> defect = new ArrayList<>();

    @Option(names = "--good", paramLabel = "FILE", description = "An image the inspector found good (a false alarm).")
    List<String> good = new ArrayList<>();

    @Option(names = "--unsure", paramLabel = "FILE", description = "An image the inspector could not decide.")
    List<String> unsure = new ArrayList<>();

    @Option(names = "--clear", paramLabel = "FILE", description = "Takes the decision on an image back.")
    List<String> clear = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "DECISIONS.csv", description = "Decisions from a CSV with a header and the "
            + "columns file and decision (defect, good, unsure, or empty to clear); a report exported by the app "
            + "works as it is.")
    Path csv;

    @Override
    public Integer call() throws Exception {
        Path file = ProjectFiles.withExtension(projectFile);
        LoadedProject loaded = new ProjectStore().loadWithoutModel(file);
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        Project project = loaded.project();
        Map<String, Verdict> wanted = new LinkedHashMap<>();
        if (csv != null) {
            readCsv(project).forEach(wanted::put);
        }
        put(wanted, project, defect, Verdict.FAIL);
        put(wanted, project, good, Verdict.PASS);
        put(wanted, project, unsure, Verdict.REVIEW);
        put(wanted, project, clear, null);
        if (wanted.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give at least one of --defect, --good, --unsure, --clear or --csv");
        }
        Map<String, UserDecision> decisions = new LinkedHashMap<>();
        project.decisions().forEach(d -> decisions.put(d.relativePath(), d));
        wanted.forEach((path, verdict) -> {
            if (verdict == null) {
                decisions.remove(path);
            } else {
                decisions.put(path, new UserDecision(path, verdict, ""));
            }
        });
        Project updated = project.withDecisions(new ArrayList<>(decisions.values()));
        List<String> good = wanted.entrySet().stream().filter(e -> e.getValue() == Verdict.PASS)
                .map(Map.Entry::getKey).toList();
        if (!good.isEmpty() && updated.hasModel() && teach(updated, good, file, loaded)) {
            print(wanted, updated, file);
            return ExitCodes.OK;
        }
        new ProjectStore().save(updated, file, null, ExpectedFile.of(loaded.stamp()));
        print(wanted, updated, file);
        return ExitCodes.OK;
    }

    /**
     * Images marked good join what a pretrained-patch model knows as normal, and the production folder is ranked
     * again with it; the project is saved with the taught model. False when the model cannot learn this way (the
     * decisions are then saved alone, with a warning).
     */
    private boolean teach(Project updated, List<String> good, Path file, LoadedProject loaded) throws Exception {
        LoadedProject withModel = new ProjectStore().load(file, null);
        TeachNormals.Taught taught = null;
        try {
            taught = TeachNormals.teach(updated, withModel.modelDir(), good, CancellationToken.none());
            new ProjectStore().save(taught.project(), file, taught.modelDir(), ExpectedFile.of(loaded.stamp()));
            spec.commandLine().getOut().printf(Locale.ROOT, "%d image%s added as normal to the model; production "
                    + "images ranked again%n", taught.learnt(), taught.learnt() == 1 ? "" : "s");
            return true;
        } catch (UnusableInputException e) {
            spec.commandLine().getErr().println("warning: " + e.getMessage());
            return false;
        } finally {
            ModelFolder.deleteQuietly(withModel.modelDir());
            if (taught != null) {
                ModelFolder.deleteQuietly(taught.modelDir());
            }
        }
    }

    private void print(Map<String, Verdict> wanted, Project updated, Path file) {
        Map<Verdict, Long> byKind = new EnumMap<>(Verdict.class);
        long cleared = wanted.values().stream().filter(v -> v == null).count();
        wanted.values().stream().filter(v -> v != null).forEach(v -> byKind.merge(v, 1L, Long::sum));
        spec.commandLine().getOut().printf(Locale.ROOT, "%d decisions recorded: %d defect, %d good, %d unsure, "
                + "%d cleared; %d images decided in all%n", wanted.size(), byKind.getOrDefault(Verdict.FAIL, 0L),
                byKind.getOrDefault(Verdict.PASS, 0L), byKind.getOrDefault(Verdict.REVIEW, 0L), cleared,
                updated.decisions().size());
        spec.commandLine().getOut().println("project updated: " + file.toAbsolutePath());
    }

    private static void put(Map<String, Verdict> wanted, Project project, List<String> files, Verdict verdict)
            throws UnusableInputException {
        for (String f : files) {
            wanted.put(imageOf(project, f), verdict);
        }
    }

    /** The production image a FILE names: by its path on disk inside the folder, or by its path in the folder. */
    static String imageOf(Project project, String given) throws UnusableInputException {
        Set<String> scored = project.scores().stream().map(ScoredImage::relativePath).collect(Collectors.toSet());
        Path folder = project.dataset().productionFolder();
        Path onDisk = Path.of(given).toAbsolutePath().normalize();
        String relative = onDisk.startsWith(folder) ? folder.relativize(onDisk).toString().replace('\\', '/')
                : given.replace('\\', '/');
        if (!scored.contains(relative)) {
            throw new UnusableInputException(given + ": not a scored production image of " + project.name()
                    + " (production folder " + folder + "); score the folder first, or check the name");
        }
        return relative;
    }

    private Map<String, Verdict> readCsv(Project project) throws IOException, UnusableInputException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new UnusableInputException(csv + ": empty; it needs a header with the columns file and decision");
        }
        List<String> header = CsvLine.split(lines.get(0));
        int fileColumn = header.indexOf("file");
        int decisionColumn = header.indexOf("decision");
        if (fileColumn < 0 || decisionColumn < 0) {
            throw new UnusableInputException(csv + ": the header needs the columns file and decision, it has "
                    + header);
        }
        Map<String, Verdict> read = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.split(lines.get(i));
            if (fields.size() <= Math.max(fileColumn, decisionColumn)) {
                throw new UnusableInputException(csv + ", line " + (i + 1) + ": fewer columns than the header");
            }
            String name = fields.get(fileColumn).startsWith("'") ? fields.get(fileColumn).substring(1)
                    : fields.get(fileColumn);
            read.put(imageOf(project, name), decision(fields.get(decisionColumn), i + 1));
        }
        return read;
    }

    private Verdict decision(String word, int line) throws UnusableInputException {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "defect", "fail" -> Verdict.FAIL;
            case "good", "pass" -> Verdict.PASS;
            case "unsure", "review" -> Verdict.REVIEW;
            case "" -> null;
            default -> throw new UnusableInputException(csv + ", line " + line + ": decision '" + word
                    + "' is not defect, good, unsure or empty");
        };
    }
}
