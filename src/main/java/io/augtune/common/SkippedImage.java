package io.augtune.common;

import java.nio.file.Path;
import java.util.Objects;

/** A file that was left out of a run, with the reason in words meant for the user (e.g. "too small: 1x1"). */
public record SkippedImage(Path path, String relativePath, String reason) {

    public SkippedImage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code relativePath: reason}, the form used in logs and error messages. */
    @Override
    public String toString() {
        return relativePath + ": " + reason;
    }
}
