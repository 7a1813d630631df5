package io.augtune.imaging;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image file found in a folder: its path and its path relative to the listed folder, written with
 * {@code /} separators on every platform so that it sorts and prints the same everywhere.
 */
public record ImageFile(Path path, String relativePath) {

    public ImageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
    }
}
