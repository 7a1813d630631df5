package io.augtune.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A project file listed on the start screen.
 *
 * @param name   display name: the file name without {@code .augtune}
 * @param file   the project file
 * @param exists whether the file is still there (recent entries may point at moved files)
 */
public record ProjectEntry(String name, Path file, boolean exists) {
    public static final String EXTENSION = ".augtune";

    public ProjectEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** The entry of a file as it is on disk now. */
    public static ProjectEntry of(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String name = fileName.endsWith(EXTENSION)
                ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        return new ProjectEntry(name, file, Files.isRegularFile(file));
    }
}
