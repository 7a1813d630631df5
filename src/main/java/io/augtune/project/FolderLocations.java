package io.augtune.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores an image folder both relative to the project file's folder ('/' separators, may climb with "..") and
 * absolute. On load the relative form wins when it exists, so a project folder moved or copied together with its
 * images opens with the images at their new place; the absolute form is the fallback for a project file moved on
 * its own. A folder on another drive or root has no relative form.
 */
final class FolderLocations {
    private FolderLocations() {
    }

    static ProjectDto.Folder encode(Path folder, Path projectDir) {
        return new ProjectDto.Folder(relativeOrNull(folder, projectDir), folder.toString());
    }

    /**
     * The first stored location that is an existing folder; if none exists, the preferred location and a warning
     * naming the folder. Returns null when the entry holds no usable location at all.
     */
    static Path decode(ProjectDto.Folder stored, Path projectDir, String label, List<String> warnings) {
        List<Path> candidates = new ArrayList<>();
        if (stored.relative() != null) {
            candidates.add(resolveRelative(projectDir, stored.relative()));
        }
        Path absolute = parseAbsolute(stored.absolute());
        if (absolute != null) {
            candidates.add(absolute);
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        warnings.add("The " + label + " folder was not found at " + candidates.get(0)
                + (stored.absolute() != null ? " nor at " + stored.absolute() : "")
                + "; choose its new location to score or retune.");
        return candidates.get(0);
    }

    private static String relativeOrNull(Path folder, Path projectDir) {
        Path base = projectDir.toAbsolutePath().normalize();
        if (base.getRoot() == null || !base.getRoot().equals(folder.getRoot())) {
            return null;
        }
        String joined = RelativePaths.join(base.relativize(folder));
        return joined.isEmpty() ? "." : joined;
    }

    private static Path resolveRelative(Path projectDir, String relative) {
        Path result = projectDir;
        for (String segment : relative.split("/")) {
            if (!segment.isEmpty()) {
                result = result.resolve(segment);
            }
        }
        return result.normalize();
    }

    /** The stored absolute path if this platform reads it as absolute (a Windows path read on Linux is not). */
    private static Path parseAbsolute(String absolute) {
        if (absolute == null) {
            return null;
        }
        try {
            Path path = Path.of(absolute);
            return path.isAbsolute() ? path.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
