package io.augtune.workflow;

import io.augtune.common.AtomicFiles;
import io.augtune.common.TempFiles;
import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishing a saved model folder to a user's path without ever leaving a half-written model there, and without
 * touching anything in it that the app did not write.
 *
 * <p>A published folder carries a marker file, {@value #MARKER}, listing the files the app wrote. An existing
 * target is replaced only when it is empty or carries that marker (or, for folders published before the marker
 * existed, holds nothing but model files); then only the listed files are replaced and every other file in it is
 * kept. The new folder is assembled in a hidden sibling and swapped in by renames, so the target is at any moment
 * either the old folder or the complete new one.
 */
public final class ModelFolder {
    /** The marker: one relative path per line, each a file the app wrote into the folder. */
    public static final String MARKER = ".augtune-model";
    private static final String MARKER_HEADER = "# Written by AugTune Inspector: the files of a trained model. "
            + "Only these are replaced when a model is saved here again.";
    /** Files of model folders written before the marker existed. */
    private static final Set<String> LEGACY_FILES = Set.of("model.json", "gaussian.json", "patch-gaussian.bin",
            "patch-bank.bin", "patch-grid-gaussian.json", "detector/detector.properties", "detector/parameters.bin");

    private ModelFolder() {
    }

    /**
     * Refuses a target that must not be replaced by a model: an existing file, or a folder holding files the app
     * did not write as a model. Cheap; called before any long work and again when publishing.
     */
    public static void checkTarget(Path target, String option) throws UnusableInputException {
        Path abs = target.toAbsolutePath().normalize();
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableInputException(option + " " + abs + ": exists and is not a folder; choose another "
                    + "folder for the model");
        }
        try {
            if (ownedFiles(abs) == null && !isEmptyDir(abs)) {
                throw new UnusableInputException(option + " " + abs + ": the folder holds files AugTune did not "
                        + "write as a model; choose an empty or new folder (nothing was changed)");
            }
        } catch (IOException e) {
            throw new UnusableInputException(option + " " + abs + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Copies the model in {@code source} to {@code target}, keeping the files in {@code target} that the app did not
     * write. A target that is not a model folder (see {@link #checkTarget}) is refused and left untouched.
     */
    public static void publish(Path source, Path target) throws UnusableInputException, IOException {
        Path abs = target.toAbsolutePath().normalize();
        checkTarget(abs, "--out");
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        TempFiles.sweep(parent, "." + abs.getFileName() + "-p");
        String stem = "." + abs.getFileName() + TempFiles.ownerTag();
        Path staging = Files.createTempDirectory(parent, stem + "new");
        Path old = null;
        try {
            List<String> written = copyTree(source, staging, Set.of());
            if (Files.isDirectory(abs)) {
                Set<String> owned = ownedFiles(abs);
                Set<String> keep = new LinkedHashSet<>(owned == null ? Set.of() : owned);
                keep.add(MARKER);
                refuseCollisions(abs, keep, written);
                // The user's own files come along as copies: until the swap the originals stay where they were.
                List<String> users = copyTree(abs, staging, keep);
                written.removeAll(users);
            }
            writeMarker(staging, written);
            if (Files.exists(abs)) {
                old = Files.createTempDirectory(parent, stem + "old");
                Files.delete(old);
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } finally {
            TempFiles.deleteTree(staging);
            TempFiles.deleteTree(old);
        }
    }

    /** Whether {@code dir} holds a model the app wrote (with or without the marker). */
    static boolean isModel(Path dir) {
        try {
            return Files.isDirectory(dir) && ownedFiles(dir) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files the app wrote into {@code dir}, relative, '/'-separated; null when the folder is not a model
     * folder the app wrote.
     */
    static Set<String> ownedFiles(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            Set<String> owned = new LinkedHashSet<>();
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    owned.add(name);
                }
            }
            return owned;
        }
        if (!Files.isRegularFile(dir.resolve("model.json"))) {
            return null;
        }
        List<String> files = relativeFiles(dir);
        return LEGACY_FILES.containsAll(files) ? new LinkedHashSet<>(files) : null;
    }

    /** A file of the user's named like a file of the new model would be lost either way: refuse instead. */
    private static void refuseCollisions(Path dir, Set<String> owned, List<String> written)
            throws IOException, UnusableInputException {
        for (String name : relativeFiles(dir)) {
            if (!owned.contains(name) && written.contains(name)) {
                throw new UnusableInputException("--out " + dir + ": holds a file " + name + " that AugTune did "
                        + "not write but a model needs; move it away or choose another folder (nothing was changed)");
            }
        }
    }

    private static void writeMarker(Path dir, List<String> files) throws IOException {
        StringBuilder text = new StringBuilder(MARKER_HEADER).append('\n');
        files.stream().filter(f -> !f.equals(MARKER)).sorted().forEach(f -> text.append(f).append('\n'));
        AtomicFiles.write(dir.resolve(MARKER), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    /**
     * Copies the files (and links, as links) below {@code from} into {@code to}, except those named in
     * {@code except}; folders come along, even empty ones.
     *
     * @return the relative paths copied
     */
    private static List<String> copyTree(Path from, Path to, Set<String> except) throws IOException {
        List<String> copied = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path folder : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.createDirectories(to.resolve(from.relativize(folder).toString()));
            }
        }
        for (String name : relativeFiles(from)) {
            if (except.contains(name)) {
                continue;
            }
            Path dest = to.resolve(name);
            Files.createDirectories(dest.getParent());
            Files.copy(from.resolve(name), dest, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            copied.add(name);
        }
        return copied;
    }

    /**
     * A temporary copy of a model folder, e.g. to go back to the model as it was before images were learnt as normal.
     * The caller owns the copy ({@link #deleteQuietly}).
     */
    public static Path copyToTemp(Path modelDir) throws IOException {
        Path copy = TempFiles.createFolder(TempFiles.MODEL_PREFIX);
        try (java.util.stream.Stream<Path> files = Files.walk(modelDir)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(modelDir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
        return copy;
    }

    /** Deletes a temporary model folder; failures are ignored (temporary data only). */
    public static void deleteQuietly(Path dir) {
        TempFiles.deleteFolder(dir);
    }
}
