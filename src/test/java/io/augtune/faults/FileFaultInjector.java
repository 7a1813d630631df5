package io.augtune.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Permission;

/**
 * Test-only: installed in a child JVM with {@code -Djava.security.manager=io.augtune.faults.FileFaultInjector}, it
 * permits everything but watches file opens, and the first time the app opens a file named
 * {@code augtune.fault.whenWriting} for writing it deletes {@code augtune.fault.victim}, or replaces it with
 * {@code augtune.fault.replacement} when that is set. That puts a file change at one exact point of a real
 * command's run (e.g. after every image was read, when the heatmap folder is prepared), without timing luck and
 * without any hook in the app.
 */
@SuppressWarnings("removal")
public final class FileFaultInjector extends SecurityManager {
    private final String trigger = System.getProperty("augtune.fault.whenWriting");
    private final Path victim = Path.of(System.getProperty("augtune.fault.victim"));
    private final String replacement = System.getProperty("augtune.fault.replacement");
    private volatile boolean done;

    @Override
    public void checkPermission(Permission permission) {
        // Everything is allowed: this manager only watches.
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        // Everything is allowed: this manager only watches.
    }

    @Override
    public void checkWrite(String file) {
        if (!done && Path.of(file).getFileName().toString().startsWith(trigger)) {
            strike();
        }
    }

    private synchronized void strike() {
        if (done) {
            return;
        }
        done = true;
        try {
            if (replacement == null) {
                Files.delete(victim);
            } else {
                Files.copy(Path.of(replacement), victim, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the fault could not be injected", e);
        }
    }
}
