package io.augtune.faults;

import io.augtune.common.AtomicFiles;
import io.augtune.common.SaveLock;
import io.augtune.project.ExpectedFile;
import io.augtune.project.LoadedProject;
import io.augtune.project.ProjectChangedException;
import io.augtune.project.ProjectStore;
import io.augtune.testdata.JavaProcess;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault tests against the packaged application, run as a user runs it: in processes of its own. */
class DataSafetyIT {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    static Path dir;
    static Path tmp;
    static Path production;
    static Path project;

    @BeforeAll
    static void tuneAProjectWithTheJar() throws Exception {
        Random random = new Random(6);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, 0.1);
        project = dir.resolve("line.augtune");
        tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> args = new java.util.ArrayList<>(List.of("tune", "--normal", normal.toString(), "--production",
                production.toString(), "--project", project.toString()));
        args.addAll(List.of(TINY));
        JavaProcess.Finished tuned = JavaProcess.finish(JavaProcess.startJar(tmp, args.toArray(String[]::new)), 300);
        assertEquals(0, tuned.code(), tuned.output());
    }

    private static Path copyOfProject(String name) throws Exception {
        return Files.copy(project, dir.resolve(name));
    }

    @Test
    void aSaveAfterAnotherProgramSavedTheSameProjectIsRefusedAndKeepsTheirWork() throws Exception {
        Path file = copyOfProject("two-writers.augtune");
        ProjectStore store = new ProjectStore();
        LoadedProject window = store.loadWithoutModel(file);

        JavaProcess.Finished script = JavaProcess.finish(JavaProcess.startJar(tmp, "score", "--project",
                file.toString(), "--csv", dir.resolve("script.csv").toString(), "--threshold", "123"), 300);
        assertEquals(0, script.code(), script.output());
        byte[] theirs = Files.readAllBytes(file);

        assertThrows(ProjectChangedException.class, () -> store.save(window.project().withName("window"), file,
                null, ExpectedFile.of(window.stamp())));

        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertEquals(123.0, store.loadWithoutModel(file).project().thresholds().fail());
    }

    @Test
    void aScriptThatFindsTheProjectSavedWhileItWorkedKeepsThatSaveAndPutsItsOwnBeside() throws Exception {
        Path file = copyOfProject("script-second.augtune");
        ProjectStore store = new ProjectStore();
        // What the app will save while the script works: the same project under another name.
        Path appVersion = dir.resolve("app-version.augtune");
        LoadedProject opened = store.load(file, null);
        store.save(opened.project().withName("app"), appVersion, opened.modelDir(), ExpectedFile.absent());
        byte[] appBytes = Files.readAllBytes(appVersion);

        JavaProcess.Finished finished;
        Process script;
        // Holding the save lock parks the script at its save, after it has read the project and written its CSV.
        try (SaveLock lock = SaveLock.acquire(file, java.time.Duration.ofSeconds(5))) {
            script = JavaProcess.startJar(tmp, "score", "--project", file.toString(), "--csv",
                    dir.resolve("late.csv").toString(), "--threshold", "7");
            JavaProcess.awaitLinePrefix(script, "report written to");
            AtomicFiles.write(file, appBytes); // the app's save lands first
        }
        finished = JavaProcess.finish(script, 300);

        assertEquals(3, finished.code(), finished.output());
        assertTrue(finished.output().contains("changed on disk"), finished.output());
        assertArrayEquals(appBytes, Files.readAllBytes(file), "the app's save is kept");
        Path aside = dir.resolve("script-second (2).augtune");
        assertEquals(7.0, store.loadWithoutModel(aside).project().thresholds().fail(), "the script's work too");
        io.augtune.workflow.ModelFolder.deleteQuietly(opened.modelDir());
    }

    @Test
    void killingASaveLeavesTheLastSavedProjectAndTheNextStartSweepsTheLeftovers() throws Exception {
        Path file = copyOfProject("killed.augtune");
        byte[] saved = Files.readAllBytes(file);
        Path ownTmp = Files.createDirectories(dir.resolve("killed-tmp"));
        Process saver = JavaProcess.start(ownTmp, KilledSaver.class, file.toString());
        JavaProcess.awaitLine(saver, "SAVING");
        saver.destroyForcibly().waitFor(); // SIGKILL: no finally block, no shutdown hook

        assertArrayEquals(saved, Files.readAllBytes(file));
        assertEquals(1, leftovers(dir, ".killed.augtune-p"), "the killed save left its temp file");
        assertEquals(1, leftovers(ownTmp, "augtune-model-"), "and its temporary model folder");

        JavaProcess.Finished next = JavaProcess.finish(JavaProcess.startJar(ownTmp, "report", "--project",
                file.toString(), "--csv", dir.resolve("after-kill.csv").toString()), 300);

        assertEquals(0, next.code(), next.output());
        assertEquals(0, leftovers(dir, ".killed.augtune-p"));
        assertEquals(0, leftovers(ownTmp, "augtune-model-"));
    }

    private static long leftovers(Path folder, String prefix) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
