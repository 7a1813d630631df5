package io.augtune.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An operating-system lock that one writer of a file holds while it checks and replaces that file, so two programs
 * (two app windows, the app and a script) never interleave their saves.
 *
 * <p>The target itself cannot carry the lock, since a save replaces it by a rename; a hidden lock file beside it
 * does ({@code .NAME.lock}). The holder deletes it before releasing, so none is left behind after a normal save.
 * Whoever got the lock on a file that was deleted meanwhile notices (the file at the path no longer holds the
 * token it wrote) and tries again, so at most one writer holds the lock of the file that is really there.
 */
public final class SaveLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private SaveLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target}. */
    public static Path lockFileOf(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}, waiting up to {@code wait} for another writer to finish.
     *
     * @throws UnusableInputException if another program still holds it after {@code wait}
     * @throws IOException            if the lock file cannot be created (e.g. the folder is not writable)
     */
    public static SaveLock acquire(Path target, Duration wait) throws IOException, UnusableInputException {
        Path lockFile = lockFileOf(target);
        long deadline = System.nanoTime() + wait.toNanos();
        byte[] token = (ProcessHandle.current().pid() + ":" + Long.toHexString(ThreadLocalRandom.current().nextLong()))
                .getBytes(StandardCharsets.US_ASCII);
        while (true) {
            SaveLock held = tryOnce(lockFile, token);
            if (held != null) {
                return held;
            }
            if (System.nanoTime() > deadline) {
                throw new UnusableInputException(target.toAbsolutePath() + " is being saved by another program "
                        + "(it holds " + lockFile.getFileName() + "); try again when it has finished");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to save " + target, e);
            }
        }
    }

    private static SaveLock tryOnce(Path lockFile, byte[] token) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock = null;
        try {
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another thread of this program holds it
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            channel.force(false);
            if (holdsToken(lockFile, token)) {
                return new SaveLock(lockFile, channel, lock);
            }
            lock.release();
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            channel.close();
            throw e;
        }
    }

    /** Whether the file now at the path is the one this writer locked (a deleted one was replaced otherwise). */
    private static boolean holdsToken(Path lockFile, byte[] token) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(lockFile), token);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // Windows keeps open files; a leftover lock file is harmless: the next writer locks and reuses it.
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
