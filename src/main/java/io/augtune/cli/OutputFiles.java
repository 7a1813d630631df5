package io.augtune.cli;

import io.augtune.common.UnusableInputException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a command will write, made before any work so that a typo costs a second, not a run. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Throws unless the folder that {@code file} goes into exists (the app does not invent folders for a file). */
    static void requireFolderOf(Path file, String option) throws UnusableInputException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UnusableInputException(option + " " + file + ": the folder " + folder
                    + " does not exist; create it or choose another place (nothing was written)");
        }
    }
}
