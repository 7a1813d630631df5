package io.augtune.project;

import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening files that are not, or no longer, good project files. */
class ProjectFileErrorsTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();
    private Path file;
    private Project project;

    @BeforeEach
    void saveAProject() throws Exception {
        project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir)).withModel(false);
        file = dir.resolve("p.augtune");
        store.save(project, file, null, ExpectedFile.anything());
    }

    @Test
    void unknownPropertiesAnywhereAreIgnored() throws Exception {
        String json = TestZips.projectJson(file)
                .replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 1, \"futureThing\" : {\"a\" : [1, 2]},")
                .replace("\"bytes\" : 99,", "\"bytes\" : 99, \"exif\" : \"yes\",")
                .replace("\"fail\" : 8.0,", "\"fail\" : 8.0, \"colour\" : \"red\",");
        TestZips.replaceProjectJson(file, json);

        assertEquals(project, store.load(file, null).project());
    }

    @Test
    void aNewerSchemaIsRefusedNamingTheFileAndBothVersions() throws Exception {
        TestZips.replaceProjectJson(file, TestZips.projectJson(file)
                .replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 7,"));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("schema version 7"), message);
        assertTrue(message.contains("up to 1"), message);
        assertTrue(message.contains("newer"), message);
    }

    @Test
    void aMissingSchemaVersionIsReported() throws Exception {
        TestZips.replaceProjectJson(file, TestZips.projectJson(file).replace("\"schemaVersion\" : 1,", ""));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("schemaVersion"), message);
    }

    @Test
    void aFileThatIsNotAZipIsReportedAsNotAProject() throws Exception {
        Files.writeString(file, "this is a text file, not a project", StandardCharsets.UTF_8);

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.startsWith("Cannot open " + file), message);
        assertTrue(message.contains("not a ZIP container"), message);
    }

    @Test
    void aTruncatedFileIsReportedAsNotAProject() throws Exception {
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains(file.toString()) && message.contains("not an AugTune project file"), message);
    }

    @Test
    void aZipWithoutProjectJsonIsReported() throws Exception {
        TestZips.write(file, Map.of("readme.txt", new byte[] {1}));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("holds no project.json"), message);
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws Exception {
        TestZips.replaceProjectJson(file, "{\n  \"schemaVersion\" : 1,\n  \"name\" : \n}");

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("project.json is damaged") && message.contains("line 4"), message);
    }

    @Test
    void aMissingRequiredPropertyIsNamed() throws Exception {
        TestZips.replaceProjectJson(file, TestZips.projectJson(file).replace("\"bytes\" : 12345,", ""));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("'bytes'") && message.contains("manifest[0]"), message);
    }

    @Test
    void invalidValuesAreReportedWithTheRecordsOwnMessage() throws Exception {
        TestZips.replaceProjectJson(file, TestZips.projectJson(file).replace("\"workingSize\" : 96",
                "\"workingSize\" : 3"));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("project.json is not valid") && message.contains("workingSize"), message);
    }

    @Test
    void anUnknownEnumNameListsTheAllowedOnes() throws Exception {
        TestZips.replaceProjectJson(file, TestZips.projectJson(file).replace("\"verdict\" : \"review\"",
                "\"verdict\" : \"maybe\""));

        String message = assertThrows(UnusableInputException.class, () -> store.load(file, null)).getMessage();

        assertTrue(message.contains("'maybe' is not one of [pass, review, fail]"), message);
    }

    @Test
    void aMissingFileOrAFolderIsReportedAsSuch() {
        String missing = assertThrows(UnusableInputException.class,
                () -> store.load(dir.resolve("nope.augtune"), null)).getMessage();
        String folder = assertThrows(UnusableInputException.class, () -> store.load(dir, null)).getMessage();

        assertTrue(missing.contains("does not exist"), missing);
        assertTrue(folder.contains("is a folder"), folder);
    }

    @Test
    void aModelEntryThatWouldEscapeTheExtractFolderIsRefused() throws Exception {
        Map<String, byte[]> entries = TestZips.read(file);
        entries.put("model/../../escaped.txt", new byte[] {1});
        TestZips.write(file, entries);

        String message = assertThrows(UnusableInputException.class,
                () -> store.load(file, dir.resolve("m"))).getMessage();

        assertTrue(message.contains("unsafe name"), message);
        assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
    }
}
