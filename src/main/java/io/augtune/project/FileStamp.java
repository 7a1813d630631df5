package io.augtune.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a project file held when it was read: its size and the SHA-256 of its bytes. Saving compares the file on
 * disk with the stamp it was opened with, so that a save never silently replaces what another window or a script
 * wrote in the meantime. The content hash (not the modification time) decides: times are coarse on some file
 * systems and can be set by copying tools.
 *
 * @param size   bytes
 * @param sha256 lower-case hex
 */
public record FileStamp(long size, String sha256) {

    public FileStamp {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The stamp of the file as it is now. */
    public static FileStamp of(Path file) throws IOException {
        try {
            return new FileStamp(Files.size(file), Sha256.ofFile(file));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
