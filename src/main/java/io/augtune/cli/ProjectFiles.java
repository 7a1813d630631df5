package io.augtune.cli;

import io.augtune.common.UnusableInputException;
import io.augtune.project.ExpectedFile;
import io.augtune.project.FileStamp;
import io.augtune.project.Project;
import io.augtune.project.ProjectChangedException;
import io.augtune.project.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Project file names on the command line, and saving without overwriting another writer's work. */
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

    /**
     * Saves the project to {@code file}, expecting it as it was read ({@code stamp}), or absent when null. If
     * another program wrote the file in the meantime, its file is left alone and this run's work is saved beside
     * it under a new name, named in the error.
     */
    static void save(Project project, Path file, Path modelDir, FileStamp stamp)
            throws IOException, UnusableInputException {
        ProjectStore store = new ProjectStore();
        try {
            store.save(project, file, modelDir, ExpectedFile.of(stamp));
        } catch (ProjectChangedException e) {
            Path aside = freeSibling(file);
            store.save(project, aside, modelDir, ExpectedFile.absent());
            throw new UnusableInputException(e.getMessage() + ". It was left as it is; this run's project was "
                    + "saved as " + aside, e);
        }
    }

    /** {@code NAME (2).augtune}, {@code NAME (3).augtune}, ...: the first that does not exist. */
    static Path freeSibling(Path file) {
        String stem = nameOf(file);
        for (int n = 2; ; n++) {
            Path candidate = file.resolveSibling(stem + " (" + n + ")" + ProjectStore.EXTENSION);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
