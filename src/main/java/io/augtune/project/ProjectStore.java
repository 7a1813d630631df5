package io.augtune.project;

import io.augtune.common.AtomicFiles;
import io.augtune.common.SaveLock;
import io.augtune.common.TempFiles;
import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * Saves and opens projects, each as ONE file {@code name.augtune}: a ZIP container holding {@code project.json}
 * and the trained model's files under {@code model/}.
 *
 * <p>Why one file: it is what users copy, mail, back up and double-click, a project can never lose its model to a
 * half-copied folder, and replacing one file can be made atomic. Why ZIP: every platform opens it, entries are
 * compressed, the JSON stays readable with any unzip tool, and the model (a folder of engine files, opaque bytes
 * here) fits as entries.
 *
 * <p>Saving writes a temp file beside the target, forces it to disk and moves it over the target atomically, so a
 * failed or interrupted save leaves the previous file intact. Image folders are stored relative to the project
 * file's folder and absolute; opening prefers the relative form, so a project folder moved together with its
 * images still opens. See {@code ProjectDto} and {@code SchemaMigrations} for the JSON schema and its versions.
 */
public final class ProjectStore {
    /** File name extension of project files. */
    public static final String EXTENSION = ".augtune";

    /** How long a save waits for another program's save of the same file to finish. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(20);

    /**
     * Saves {@code project} to {@code file}, replacing it atomically, while holding the file's {@link SaveLock}.
     *
     * @param modelDir folder of the trained model to pack, or null. When null and the project {@link
     *                 Project#hasModel has a model}, the model entries of the file being replaced are kept (e.g.
     *                 only a threshold changed); that needs {@code expected} to be the file as it was opened, so
     *                 that another project's model is never packed with this project.
     * @param expected what the file must hold for the save to go ahead (checked under the lock)
     * @return the stamp of the file as saved, the expectation of the next save
     * @throws ProjectChangedException  if the file is not as {@code expected}; nothing was written
     * @throws UnusableInputException   if another program keeps the file locked
     * @throws IllegalArgumentException if a model folder is given for a project without a model, or a project
     *                                  with a model has neither a model folder nor the opened file to keep it from
     * @throws IOException              if writing fails; the previous file is then unchanged
     */
    public FileStamp save(Project project, Path file, Path modelDir, ExpectedFile expected)
            throws IOException, UnusableInputException {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(expected, "expected");
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UnusableInputException(target + " is a folder; a project is saved as one " + EXTENSION
                    + " file");
        }
        byte[] json = ProjectJson.write(project, target.getParent());
        try (SaveLock lock = SaveLock.acquire(target, LOCK_WAIT)) {
            expected.check(target);
            ModelSource model = modelSource(project, target, modelDir, expected);
            AtomicFiles.write(target, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                    ProjectArchive.putProjectJson(zip, json);
                    model.writeTo(zip);
                }
            });
            return FileStamp.of(target);
        }
    }

    /**
     * Opens a project file.
     *
     * @param modelExtractDir where to extract the model, created if missing and required to be empty; or null
     *                        for a new temp folder
     * @throws UnusableInputException if the file is missing, not a project, damaged, or from a newer app; the
     *                                message names the file and the problem
     * @throws IOException            if the model cannot be written to {@code modelExtractDir}
     */
    public LoadedProject load(Path file, Path modelExtractDir) throws UnusableInputException, IOException {
        Path source = file.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        FileStamp stamp = stampBeforeReading(source);
        try (ProjectArchive archive = ProjectArchive.open(source)) {
            Project project = ProjectJson.read(archive.projectJson(), source, warnings);
            if (!project.hasModel()) {
                return new LoadedProject(project, null, warnings, stamp);
            }
            if (!archive.hasModel()) {
                warnings.add(source + " should hold a trained model but holds none; tune again to score new images.");
                return new LoadedProject(project.withModel(false), null, warnings, stamp);
            }
            return new LoadedProject(project, extractModel(archive, modelExtractDir), warnings, stamp);
        }
    }

    /**
     * Opens a project file for its saved results only (reports, retuning): the model is not extracted, so the
     * returned {@link LoadedProject#modelDir()} is null even when the project has a model.
     *
     * @throws UnusableInputException as {@link #load}
     */
    public LoadedProject loadWithoutModel(Path file) throws UnusableInputException, IOException {
        Path source = file.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        FileStamp stamp = stampBeforeReading(source);
        try (ProjectArchive archive = ProjectArchive.open(source)) {
            return new LoadedProject(ProjectJson.read(archive.projectJson(), source, warnings), null, warnings,
                    stamp);
        }
    }

    /**
     * The stamp is taken before the content is read: if another program replaces the file in between, the stamp
     * is the older one and the next save refuses (a false alarm, never a silent overwrite).
     */
    private static FileStamp stampBeforeReading(Path source) throws UnusableInputException {
        AtomicFiles.sweepStale(source);
        if (!Files.isRegularFile(source)) {
            return null; // ProjectArchive.open names the problem
        }
        try {
            return FileStamp.of(source);
        } catch (IOException e) {
            throw new UnusableInputException("Cannot open " + source + ": it cannot be read (" + e.getMessage()
                    + ")", e);
        }
    }

    private static ModelSource modelSource(Project project, Path target, Path modelDir, ExpectedFile expected)
            throws IOException {
        if (modelDir != null) {
            if (!project.hasModel()) {
                throw new IllegalArgumentException("a model folder was given but project '" + project.name()
                        + "' has no model; set withModel(true) first");
            }
            return ModelSource.Folder.of(modelDir);
        }
        if (!project.hasModel()) {
            return new ModelSource.None();
        }
        if (expected.isOpenedFile() && Files.isRegularFile(target) && previousHoldsModel(target)) {
            return new ModelSource.PreviousFile(target);
        }
        throw new IllegalArgumentException("project '" + project.name() + "' has a model, but no model folder "
                + "was given and " + target + " is not the opened file holding one to keep");
    }

    private static boolean previousHoldsModel(Path file) {
        try (ProjectArchive previous = ProjectArchive.open(file)) {
            return previous.hasModel();
        } catch (UnusableInputException | IOException e) {
            return false;
        }
    }

    private static Path extractModel(ProjectArchive archive, Path requested) throws IOException,
            UnusableInputException {
        Path dir = requested != null ? prepareEmpty(requested) : TempFiles.createFolder(TempFiles.MODEL_PREFIX);
        try {
            archive.extractModel(dir);
            return dir;
        } catch (IOException | UnusableInputException | RuntimeException e) {
            if (requested == null) {
                TempFiles.deleteFolder(dir);
            } else {
                deleteQuietly(dir, false);
            }
            throw e;
        }
    }

    private static Path prepareEmpty(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> children = Files.list(dir)) {
            if (children.findAny().isPresent()) {
                throw new DirectoryNotEmptyException(dir + " (the model is extracted into an empty folder)");
            }
        }
        return dir;
    }

    /** Removes what a failed extraction wrote, and the folder itself if this store made it; best effort. */
    private static void deleteQuietly(Path dir, boolean includingDir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).filter(path -> includingDir || !path.equals(dir)).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Leftovers in a folder the caller owns are harmless; the original failure matters more.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
