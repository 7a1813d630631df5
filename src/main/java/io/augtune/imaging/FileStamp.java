package io.augtune.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What the file system said about a file when it was read: size, modification time and identity (the inode on
 * Unix, null where the platform has none). Comparing it with the file now tells, without reading it again,
 * whether the file was deleted, replaced or rewritten during a run.
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    public FileStamp {
        Objects.requireNonNull(modified, "modified");
    }

    /** The stamp of {@code file} now. */
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /**
     * Why {@code file} is no longer the file this stamp describes ("deleted during the run", "changed during the
     * run"), or null when size, time and identity are as they were.
     */
    public String changeSince(Path file) {
        FileStamp now;
        try {
            now = of(file);
        } catch (NoSuchFileException e) {
            return "deleted during the run";
        } catch (IOException e) {
            return "cannot be read any more: " + ImageDecoder.messageOf(e);
        }
        return equals(now) ? null : "changed during the run";
    }
}
