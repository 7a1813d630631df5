package io.augtune.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command refuses, before any work and with one line, an output that would land on an input or a user's file. */
class OutputSafetyCliTest {
    private static final String[] TINY = TinyProject.TINY;

    @TempDir
    static Path dir;
    static Path normal;
    static Path production;
    static Path project;

    @BeforeAll
    static void tuneAProject() {
        TinyProject tiny = TinyProject.tune(dir, 5);
        normal = tiny.normal();
        production = tiny.production();
        project = tiny.file();
    }

    private static void refusedBeforeWork(TuneScoreEvaluateCommandTest.Result r, String reason) {
        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertTrue(r.err().contains("nothing was written") || r.err().contains("nothing was changed"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertFalse(r.err().contains("Tuning") || r.err().contains("Reading"), "refused before any work");
    }

    @Test
    void aReportOverTheProjectBeingReadIsRefusedAndTheProjectStays() throws Exception {
        byte[] before = Files.readAllBytes(project);

        refusedBeforeWork(run("report", "--project", project.toString(), "--csv", project.toString()),
                "is the project being read");
        refusedBeforeWork(run("score", "--project", project.toString(), "--csv", project.toString()),
                "is the project being read");

        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aModelFolderHoldingTheUsersFilesIsNeverReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("results"));
        Files.writeString(out.resolve("model.json"), "{}");
        Files.writeString(out.resolve("thesis.tex"), "years of work");

        refusedBeforeWork(run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", out.toString()}, TINY)), "did not write as a model");

        assertEquals("years of work", Files.readString(out.resolve("thesis.tex")));
        assertEquals("{}", Files.readString(out.resolve("model.json")));
    }

    @Test
    void outputsOntoOrIntoTheImageFoldersAreRefused() throws Exception {
        refusedBeforeWork(run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", normal.toString()}, TINY)), "is the normal image folder");
        refusedBeforeWork(run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", dir.toString()}, TINY)), "holds the normal image folder");
        refusedBeforeWork(run("score", "--project", project.toString(), "--csv", dir.resolve("s.csv").toString(),
                "--heatmaps", production.toString()), "is the image folder being scored");
        Path firstImage;
        try (var files = Files.list(production)) {
            firstImage = files.sorted().findFirst().orElseThrow();
        }
        byte[] image = Files.readAllBytes(firstImage);
        refusedBeforeWork(run("score", "--project", project.toString(), "--csv", firstImage.toString()),
                "is an image in the image folder being scored");
        assertArrayEquals(image, Files.readAllBytes(firstImage));
    }

    @Test
    void aFileThatIsNotAProjectIsNotReplacedByOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.augtune"), "not a project");

        TuneScoreEvaluateCommandTest.Result r = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", notes.toString()}, TINY));

        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code(), r.err());
        assertEquals("not a project", Files.readString(notes));
    }

    @Test
    void anUnwritableDestinationIsReportedBeforeTheTuningStarts() throws Exception {
        Path plainFile = Files.writeString(dir.resolve("plain.txt"), "x");
        long began = System.nanoTime();

        refusedBeforeWork(run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", plainFile.resolve("model").toString()}, TINY)), "cannot be created");
        refusedBeforeWork(run("score", "--project", project.toString(), "--csv",
                dir.resolve("no/such/folder/r.csv").toString()), "does not exist");

        assertTrue((System.nanoTime() - began) / 1e9 < 30, "refused at once, not after the work");
    }

    @Test
    void aTuneLeavesNoTemporaryModelFolderBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countModelFolders(tmp);
        TuneScoreEvaluateCommandTest.Result r = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--out", dir.resolve("m").toString()}, TINY));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(before, countModelFolders(tmp));
        TuneScoreEvaluateCommandTest.Result refused = run("score", "--project", project.toString(), "--csv",
                project.toString());
        assertEquals(ExitCodes.UNUSABLE_INPUT, refused.code());
        assertEquals(before, countModelFolders(tmp), "the extracted model is removed on the error path too");
    }

    private static long countModelFolders(Path tmp) throws Exception {
        String mine = io.augtune.common.TempFiles.MODEL_PREFIX + io.augtune.common.TempFiles.ownerTag().substring(1);
        try (var entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(mine)).count();
        }
    }
}
