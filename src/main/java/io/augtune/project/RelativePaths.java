package io.augtune.project;

import io.augtune.common.PortablePaths;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Image paths inside a folder, kept as strings with '/' separators so a project made on Windows opens on Linux
 * and the other way round. Validation refuses anything that could point outside the folder.
 */
final class RelativePaths {
    private RelativePaths() {
    }

    /**
     * Returns {@code path} if it is a non-empty '/'-separated path inside its folder that every platform reads the
     * same ({@link PortablePaths}, the rule the folder scanner applies too); throws otherwise.
     */
    static String require(String path, String what) {
        Objects.requireNonNull(path, what);
        String problem = PortablePaths.problemWith(path);
        if (problem != null) {
            throw new IllegalArgumentException(what + " must be a '/'-separated path inside its folder: '"
                    + path + "' (" + problem + ")");
        }
        return path;
    }

    /** Resolves a validated relative path against a folder, one segment at a time (separator-independent). */
    static Path resolve(Path folder, String relativePath) {
        Path result = folder;
        for (String segment : relativePath.split("/")) {
            result = result.resolve(segment);
        }
        return result;
    }

    /** The '/'-separated form of {@code file} relative to {@code folder}; throws if it is not inside it. */
    static String relativize(Path folder, Path file) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException(file + " is not inside " + folder);
        }
        return join(base.relativize(target));
    }

    /** Joins the name elements of a relative path with '/'. */
    static String join(Path relative) {
        StringBuilder joined = new StringBuilder();
        for (Path name : relative) {
            if (joined.length() > 0) {
                joined.append('/');
            }
            joined.append(name);
        }
        return joined.toString();
    }
}
