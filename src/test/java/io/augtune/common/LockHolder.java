package io.augtune.common;

import java.nio.file.Path;
import java.time.Duration;

/** A second program for {@link SaveLockTest}: takes the save lock of a file, says so, holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (SaveLock lock = SaveLock.acquire(Path.of(args[0]), Duration.ofSeconds(30))) {
            System.out.println("LOCKED");
            System.out.flush();
            System.in.read();
        }
        System.out.println("RELEASED");
    }
}
