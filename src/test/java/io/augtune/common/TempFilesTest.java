package io.augtune.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary names carry their owner; what a dead owner left is swept, a living owner's never. */
class TempFilesTest {
    @TempDir
    Path dir;

    /** The id of a process that has ended. */
    static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void namesOfEndedProcessesAreRecognisedAndOurOwnAreNot() throws Exception {
        assertTrue(TempFiles.ownerIsGone("augtune-model-p" + deadPid() + "-123"));
        assertFalse(TempFiles.ownerIsGone("augtune-model" + TempFiles.ownerTag() + "123"));
        assertFalse(TempFiles.ownerIsGone("report.csv"), "a name without an owner is never swept");
    }

    @Test
    void theOwnerTagIsReadFromTheEndSoAUsersNameCannotFakeIt() throws Exception {
        // The user's part "x-p1-" names pid 1 (alive: init); the tag the app added names a dead process.
        assertTrue(TempFiles.ownerIsGone(".x-p1-.csv-p" + deadPid() + "-abc.tmp"));
    }

    @Test
    void sweepingRemovesWhatADeadProcessLeftAndKeepsEverythingElse() throws Exception {
        long dead = deadPid();
        Path leftover = Files.createDirectories(dir.resolve("augtune-model-p" + dead + "-1"));
        Files.writeString(leftover.resolve("model.json"), "{}");
        Path ours = TempFiles.createFolder("augtune-model-");
        Path user = Files.createDirectories(dir.resolve("augtune-model-mine"));

        int swept = TempFiles.sweep(dir, "augtune-model-");

        assertEquals(1, swept);
        assertFalse(Files.exists(leftover));
        assertTrue(Files.isDirectory(user));
        assertTrue(Files.isDirectory(ours), "a living owner's folder stays");
        TempFiles.deleteFolder(ours);
        assertFalse(Files.exists(ours));
    }

    @Test
    void aWriteSweepsTheTempFilesThatKilledWritersLeftBesideItsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("p.augtune"), "old", StandardCharsets.UTF_8);
        Path killed = Files.writeString(dir.resolve(".p.augtune-p" + deadPid() + "-1f.tmp"), "half");
        Path otherTarget = Files.writeString(dir.resolve(".q.augtune-p" + deadPid() + "-2f.tmp"), "half");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(target));
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(otherTarget), "only the target's own leftovers are touched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }
}
