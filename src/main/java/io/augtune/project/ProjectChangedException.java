package io.augtune.project;

import io.augtune.common.UnusableInputException;

import java.nio.file.Path;

/** A save found its target not as expected: another program wrote, created or removed it since it was read. */
public final class ProjectChangedException extends UnusableInputException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ProjectChangedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The project file that changed. */
    public Path file() {
        return file;
    }
}
