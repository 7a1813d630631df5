package io.augtune.cli;

import io.augtune.project.ProjectStore;

import java.nio.file.Path;

/** Project file names on the command line. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The path with the {@code .augtune} extension added when missing. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectStore.EXTENSION) ? file : file.resolveSibling(name + ProjectStore.EXTENSION);
    }

    /** The project name: the file name without extension. */
    static String nameOf(Path file) {
        String name = withExtension(file).getFileName().toString();
        return name.substring(0, name.length() - ProjectStore.EXTENSION.length());
    }
}
