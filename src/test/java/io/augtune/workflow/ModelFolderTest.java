package io.augtune.workflow;

import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model is published only where the app wrote a model before, and never takes the user's files with it. */
class ModelFolderTest {
    @TempDir
    Path dir;

    private Path model(String name, String content) throws Exception {
        Path m = Files.createDirectories(dir.resolve(name));
        Files.writeString(m.resolve("model.json"), content);
        Files.createDirectories(m.resolve("detector"));
        Files.writeString(m.resolve("detector/parameters.bin"), content + "-weights");
        return m;
    }

    @Test
    void aFolderWithAModelJsonAndTheUsersOwnFilesIsRefusedAndLeftAsItIs() throws Exception {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("model.json"), "mine");
        Files.writeString(target.resolve("notes.txt"), "my notes");

        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> ModelFolder.publish(model("new", "new"), target));

        assertTrue(e.getMessage().contains("did not write"), e.getMessage());
        assertEquals("mine", Files.readString(target.resolve("model.json")));
        assertEquals("my notes", Files.readString(target.resolve("notes.txt")));
    }

    @Test
    void republishingReplacesOnlyTheModelsFilesAndKeepsWhatTheUserAddedSince() throws Exception {
        Path target = dir.resolve("out");
        ModelFolder.publish(model("first", "first"), target);
        assertTrue(Files.isRegularFile(target.resolve(ModelFolder.MARKER)));
        Files.writeString(target.resolve("notes.txt"), "my notes");
        Files.createDirectories(target.resolve("reports"));
        Files.writeString(target.resolve("reports/r.csv"), "rank,file");

        ModelFolder.publish(model("second", "second"), target);

        assertEquals("second", Files.readString(target.resolve("model.json")));
        assertEquals("second-weights", Files.readString(target.resolve("detector/parameters.bin")));
        assertEquals("my notes", Files.readString(target.resolve("notes.txt")));
        assertEquals("rank,file", Files.readString(target.resolve("reports/r.csv")));
        assertFalse(Files.readString(target.resolve(ModelFolder.MARKER)).contains("notes.txt"));
        try (var siblings = Files.list(dir)) {
            assertEquals(3, siblings.count(), "first, second and out: no staging folders left");
        }
    }

    @Test
    void aModelFolderFromBeforeTheMarkerIsStillReplaced() throws Exception {
        Path target = model("out", "legacy");

        ModelFolder.publish(model("new", "new"), target);

        assertEquals("new", Files.readString(target.resolve("model.json")));
    }

    @Test
    void aUserFileNamedLikeANewModelFileIsNeverOverwritten() throws Exception {
        Path target = dir.resolve("out");
        ModelFolder.publish(model("first", "first"), target);
        Path richer = model("richer", "richer");
        Files.writeString(richer.resolve("patch-bank.bin"), "bank");
        Files.writeString(target.resolve("patch-bank.bin"), "the user's own");

        assertThrows(UnusableInputException.class, () -> ModelFolder.publish(richer, target));

        assertEquals("the user's own", Files.readString(target.resolve("patch-bank.bin")));
        assertEquals("first", Files.readString(target.resolve("model.json")));
    }

    @Test
    void aFileAtTheTargetIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "a file");

        assertThrows(UnusableInputException.class, () -> ModelFolder.publish(model("new", "new"), file));
        assertEquals("a file", Files.readString(file));
    }
}
