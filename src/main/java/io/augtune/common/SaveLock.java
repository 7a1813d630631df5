package io.augtune.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock that one writer of a file holds while it checks and replaces that file, so two programs
 * (two app windows, the app and a script) never interleave their saves.
 *
 * <p>The target itself cannot carry the lock, since a save replaces it by a rename; a hidden lock file beside it
 * does ({@code .NAME.lock}). The holder deletes it before releasing, so none is left behind after a normal save.
 * Whoever got the lock on a file that was deleted meanwhile notices (the path no longer names the file it locked)
 * and tries again, so at most one writer holds the lock of the file that is really there.
 *
 * <p>The lock file is only ever opened through the one channel that holds the lock: on POSIX systems, closing any
 * other handle of the same file would silently release the lock.
 */
public final class SaveLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);
    /** Lock files this program holds: one channel per file, as POSIX locks belong to the process. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
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
        byte[] token = ("locked by process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
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
        if (!HELD.add(lockFile)) {
            return null; // another thread of this program holds it; opening the file too could release its lock
        }
        SaveLock held = null;
        try {
            held = lockExisting(lockFile, token);
            return held;
        } finally {
            if (held == null) {
                HELD.remove(lockFile);
            }
        }
    }

    private static SaveLock lockExisting(Path lockFile, byte[] token) throws IOException {
        Object before = fileKey(lockFile);
        if (before == null) {
            try {
                Files.createFile(lockFile);
            } catch (FileAlreadyExistsException e) {
                // another writer made it first; fine
            }
            before = fileKey(lockFile);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null; // its holder deleted it as we came: try again
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
            if (lock != null && before != null && before.equals(fileKey(lockFile))) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token), 0); // for a person wondering who holds it
                return new SaveLock(lockFile, channel, lock);
            }
            if (lock != null) {
                lock.release();
            }
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

    /**
     * The identity of the file at the path (device and inode where the platform has them), read without opening
     * it; null if there is none. Equal before opening and after locking means the lock is on the file at the path.
     */
    private static Object fileKey(Path lockFile) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(lockFile, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Object key = attributes.fileKey();
            return key != null ? key : attributes.creationTime();
        } catch (NoSuchFileException e) {
            return null;
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
                HELD.remove(lockFile);
            }
        }
    }
}
