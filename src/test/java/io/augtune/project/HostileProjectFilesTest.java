package io.augtune.project;

import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16, class 5: project files that a hostile or broken writer made are refused with a message, never with an
 * exception that ends the app or a run: entries given twice, entries that expand far beyond any real project,
 * non-finite scores, absurd settings.
 */
class HostileProjectFilesTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();
    private Path file;

    @BeforeEach
    void saveAProject() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir)).withModel(false);
        file = dir.resolve("p.augtune");
        store.save(project, file, null, ExpectedFile.absent());
    }

    private String refusal() {
        return assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();
    }

    @Test
    void aProjectJsonGivenTwiceIsRefused() throws Exception {
        Map<String, byte[]> entries = TestZips.read(file);
        byte[] json = entries.get(ProjectArchive.PROJECT_JSON);
        // ZipOutputStream refuses a duplicate name, so the second one is written as "project.jsoX" and renamed in
        // the bytes (local header and central directory alike).
        entries.put("project.jsoX", json);
        TestZips.write(file, entries);
        byte[] raw = Files.readAllBytes(file);
        byte[] from = "project.jsoX".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= raw.length; i++) {
            if (Arrays.equals(raw, i, i + from.length, from, 0, from.length)) {
                raw[i + from.length - 1] = 'n';
            }
        }
        Files.write(file, raw);

        String message = refusal();

        assertTrue(message.contains("'project.json' twice"), message);
    }

    @Test
    void modelEntriesDifferingOnlyInCaseAreRefused() throws Exception {
        Map<String, byte[]> entries = TestZips.read(file);
        entries.put("model/info.json", new byte[] {1});
        entries.put("model/INFO.json", new byte[] {2});
        TestZips.write(file, entries);

        assertTrue(refusal().contains("twice"));
    }

    @Test
    void aProjectJsonThatInflatesBeyondItsLimitIsRefusedWithoutReadingItAll() throws Exception {
        // 129 MiB of whitespace: a few hundred kilobytes on disk.
        try (OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(ProjectArchive.PROJECT_JSON));
            zip.write('{');
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 129; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 2 << 20);

        String message = refusal();

        assertTrue(message.contains("expands to more than"), message);
    }

    @Test
    void aModelThatInflatesBeyondItsLimitIsRefusedAndNotExtractedFurther() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.read(file));
        entries.put("model/small.bin", new byte[600]);
        entries.put("model/big.bin", new byte[600]);
        TestZips.write(file, entries);
        Path target = Files.createDirectories(dir.resolve("extracted"));

        try (ProjectArchive archive = ProjectArchive.open(file, new ArchiveLimits(1 << 20, 1000, 1000, 100))) {
            String message = assertThrows(UnusableInputException.class, () -> archive.extractModel(target))
                    .getMessage();
            assertTrue(message.contains("'model/big.bin'") && message.contains("more than 400 bytes"), message);
        }
        assertFalse(Files.exists(target.resolve("big.bin")) && Files.size(target.resolve("big.bin")) > 400);
    }

    @Test
    void aScoreOrMapMaximumOfInfinityIsRefusedNamingTheImage() throws Exception {
        String json = TestZips.projectJson(file);
        TestZips.replaceProjectJson(file, json.replaceFirst("\"score\" : [-0-9.eE]+", "\"score\" : \"Infinity\""));

        String message = refusal();

        assertTrue(message.contains("score of") && message.contains("finite"), message);
    }

    @Test
    void anAbsurdCountInTheSettingsIsRefused() throws Exception {
        String json = TestZips.projectJson(file);
        TestZips.replaceProjectJson(file, json.replaceFirst("\"starts\" : \\d+", "\"starts\" : 2147483647"));

        String message = refusal();

        assertTrue(message.contains("starts must be in 1..32"), message);
    }
}
