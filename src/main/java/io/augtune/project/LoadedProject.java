package io.augtune.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A project as opened from its file.
 *
 * @param project  the project; image folders resolved for where the file is now
 * @param modelDir folder the trained model was extracted to, or null when the project has none; the caller owns
 *                 it (and deletes it when it was a temp folder)
 * @param warnings things the user should know that did not stop opening, e.g. an image folder that was not found
 * @param stamp    the file as it was read; a later save expects it unchanged ({@link ExpectedFile#of})
 */
public record LoadedProject(Project project, Path modelDir, List<String> warnings, FileStamp stamp) {

    public LoadedProject {
        Objects.requireNonNull(project, "project");
        warnings = List.copyOf(warnings);
    }
}
