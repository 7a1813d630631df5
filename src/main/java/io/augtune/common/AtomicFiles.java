package io.augtune.common;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content goes to a hidden temp file beside the target, is forced to disk, and
 * is then moved over the target atomically where the file system allows (otherwise with a plain replace). A
 * failure or crash before the move leaves the previous file untouched; a failure removes the temp file.
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes content to an output stream; closing that stream is harmless. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target}: readers see the old file or the complete new one, never a part. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // Created beside the target (same file system, so the move can be atomic) with default permissions.
        sweepStale(target);
        Path temp = dir.resolve("." + target.getFileName() + TempFiles.ownerTag() + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            writeAndSync(temp, content);
            moveOver(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        syncDirectory(dir);
    }

    /**
     * Deletes the temp files that writes of {@code target} by crashed or killed processes left beside it.
     *
     * @return how many were deleted
     */
    public static int sweepStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = tempPrefix(target);
        int swept = 0;
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && TempFiles.ownerIsGone(name);
        })) {
            for (Path entry : entries) {
                if (Files.deleteIfExists(entry)) {
                    swept++;
                }
            }
        } catch (IOException | SecurityException e) {
            // Housekeeping only: the write itself reports real problems.
        }
        return swept;
    }

    /** Hidden, and named after the target, so that leftovers say what they were for. */
    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + "-p";
    }

    /** The same for bytes already in memory. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    private static void writeAndSync(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(new FilterOutputStream(buffered) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            buffered.flush();
            channel.force(true);
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the file content is already on disk; only the rename may be lost in a power cut.
        }
    }
}
