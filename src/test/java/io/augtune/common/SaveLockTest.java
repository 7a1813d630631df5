package io.augtune.common;

import io.augtune.testdata.JavaProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The save lock holds across processes, and nothing of it is left after a save. */
class SaveLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProgramWaitsForTheFirstAndGetsTheLockWhenItIsReleased() throws Exception {
        Path target = dir.resolve("p.augtune");
        Process holder = JavaProcess.start(dir, LockHolder.class, target.toString());
        try {
            JavaProcess.awaitLine(holder, "LOCKED");

            UnusableInputException busy = assertThrows(UnusableInputException.class,
                    () -> SaveLock.acquire(target, Duration.ofMillis(300)));
            assertTrue(busy.getMessage().contains("is being saved by another program"), busy.getMessage());

            holder.getOutputStream().close();
            try (SaveLock lock = SaveLock.acquire(target, Duration.ofSeconds(20))) {
                assertTrue(Files.exists(SaveLock.lockFileOf(target)));
            }
        } finally {
            holder.destroyForcibly();
        }
        assertFalse(Files.exists(SaveLock.lockFileOf(target)), "released locks leave no file behind");
    }

    @Test
    void aLockFileLeftByAKilledProgramDoesNotBlockTheNextSave() throws Exception {
        Path target = dir.resolve("p.augtune");
        Process holder = JavaProcess.start(dir, LockHolder.class, target.toString());
        JavaProcess.awaitLine(holder, "LOCKED");
        holder.destroyForcibly().waitFor();
        assertTrue(Files.exists(SaveLock.lockFileOf(target)), "kill -9 leaves the lock file");

        try (SaveLock lock = SaveLock.acquire(target, Duration.ofSeconds(5))) {
            assertEquals(1, Files.list(dir).count());
        }
    }
}
