package io.augtune.workflow;

import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Publishing a saved model folder to a user's path without ever leaving a half-written model there. */
public final class ModelFolder {
    private ModelFolder() {
    }

    /**
     * Copies {@code source} to {@code target}: first into a hidden sibling, then swapped in by renames, so the target
     * is either the old model or the complete new one. A non-empty target that is not a model is refused.
     */
    public static void publish(Path source, Path target) throws UnusableInputException, IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !isModel(abs) && !isEmptyDir(abs)) {
            throw new UnusableInputException(abs + ": exists and is not a saved model; choose another --out");
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".new-");
        copyTree(source, staging);
        Path old = null;
        if (Files.exists(abs)) {
            old = parent.resolve("." + abs.getFileName() + ".old-" + System.nanoTime());
            Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    static boolean isModel(Path dir) {
        return Files.isRegularFile(dir.resolve("model.json"));
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder tree; failures are ignored (temporary data only). */
    public static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary files only; nothing to recover
                }
            });
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}
