package io.augtune.common;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders that never outlive the work they serve.
 *
 * <p>Every temporary name this app makes carries the id of the process that made it ({@code -p<pid>-}). A process
 * deletes its own on every exit path it controls (finally blocks, and a shutdown hook for Ctrl-C); what a crash or
 * {@code kill -9} leaves behind is recognised later by its dead owner and swept: at start-up for the system temp
 * folder, and beside a target before each write to it.
 */
public final class TempFiles {
    /** Prefix of temporary model folders in the system temp folder. */
    public static final String MODEL_PREFIX = "augtune-model-";
    private static final Pattern OWNER = Pattern.compile("-p(\\d+)-");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "augtune-temp-cleanup"));
    }

    private TempFiles() {
    }

    /** The tag that marks a temporary name as this process's: {@code -p<pid>-}. */
    public static String ownerTag() {
        return "-p" + ProcessHandle.current().pid() + "-";
    }

    /**
     * A new temporary folder in the system temp folder, deleted when this process exits (normally or by a
     * signal) unless {@link #release released} first.
     */
    public static Path createFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix + ownerTag().substring(1));
        LIVE.add(dir);
        return dir;
    }

    /** Deletes a temporary folder now (best effort) and forgets it. */
    public static void deleteFolder(Path dir) {
        if (dir == null) {
            return;
        }
        deleteTree(dir);
        LIVE.remove(dir);
    }

    /** Whether the temporary name was made by a process that no longer runs (names without an owner: false). */
    public static boolean ownerIsGone(String name) {
        // The tag is added after the user's part of the name, so the last match is ours.
        Matcher m = OWNER.matcher(name);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(last);
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Deletes, in {@code dir}, the entries whose names start with {@code prefix} and were left by a process that
     * no longer runs.
     *
     * @return how many were deleted
     */
    public static int sweep(Path dir, String prefix) {
        int swept = 0;
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && ownerIsGone(name);
        })) {
            for (Path entry : entries) {
                deleteTree(entry);
                swept++;
            }
        } catch (IOException | SecurityException e) {
            // Sweeping is housekeeping: a folder we cannot list holds nothing we can clean.
        }
        return swept;
    }

    /** Sweeps the system temp folder of model folders left by crashed or killed runs; called at start-up. */
    public static int sweepSystemTemp() {
        return sweep(Path.of(System.getProperty("java.io.tmpdir")), MODEL_PREFIX);
    }

    /** Deletes a file or folder tree, best effort: temporary data only. */
    public static void deleteTree(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary data; nothing to recover
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static void deleteLive() {
        for (Path dir : LIVE) {
            deleteTree(dir);
        }
    }
}
