package io.augtune.ui.shell;

import io.augtune.project.ProjectChangedException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Decides what happens when a save finds the project file changed on disk since this window read it (another
 * window or a script saved it): reload the file, save this window's project elsewhere, overwrite, or leave it.
 */
@FunctionalInterface
public interface SaveConflicts {
    Resolution ask(ProjectChangedException changed);

    /** The choices, in the order the dialog offers them. */
    enum Choice { RELOAD, SAVE_AS, OVERWRITE, CANCEL }

    /**
     * @param choice    what to do
     * @param otherFile with {@link Choice#SAVE_AS}: where to save instead
     */
    record Resolution(Choice choice, Path otherFile) {
        public Resolution {
            Objects.requireNonNull(choice, "choice");
            if (choice == Choice.SAVE_AS) {
                Objects.requireNonNull(otherFile, "otherFile");
            }
        }

        public static Resolution cancel() {
            return new Resolution(Choice.CANCEL, null);
        }
    }
}
