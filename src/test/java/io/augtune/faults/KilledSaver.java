package io.augtune.faults;

import io.augtune.common.AtomicFiles;
import io.augtune.common.TempFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A program that is killed in the middle of saving: it holds a temporary model folder, starts replacing the project
 * file, says so, and then waits to be killed ({@code kill -9}) before the new file is complete.
 */
public final class KilledSaver {
    private KilledSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path model = TempFiles.createFolder(TempFiles.MODEL_PREFIX);
        java.nio.file.Files.writeString(model.resolve("model.json"), "{}");
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("PK half of a new project".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("SAVING");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
