package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code --family auto} chose, and each start's selection loss, survive saving; absent ones stay absent. */
class FamilyChoiceRoundTripTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    /** A tuning whose family the search chose as a close call, its starts judged on production images. */
    static TuningResult chosenByTheSearch() {
        Map<String, Double> line = Map.of("length", 0.4, "width", 0.02);
        TuningRun first = new TuningRun(0, line, Map.of("length", 0.5, "width", 0.03), 0.25, List.of(), 0.125);
        TuningRun second = new TuningRun(1, line, Map.of("length", 0.3, "width", 0.01), 0.5, List.of(), 0.375);
        FamilyTrials trials = new FamilyTrials("line", List.of(
                new FamilyTrial("cutdiff", Map.of("area", 0.05, "aspect", 1.0), 0.25),
                new FamilyTrial("line", line, 0.125)), false,
                "line was kept, but cutdiff did almost as well: a close call.");
        return new TuningResult("line", List.of(first, second), 0, trials);
    }

    private Project saveAndLoad(TuningResult tuning) throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir)).withTuning(tuning);
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        Project loaded = store.load(file, dir.resolve("m")).project();
        assertEquals(project, loaded);
        return loaded;
    }

    private String jsonOf(TuningResult tuning) throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir)).withTuning(tuning);
        Path file = dir.resolve("j.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return new String(zip.getInputStream(zip.getEntry("project.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFamilyTrialsAndSelectionLossesComeBackEqual() throws Exception {
        TuningResult loaded = saveAndLoad(chosenByTheSearch()).tuning();

        assertEquals("line", loaded.familyTrials().chosen());
        assertFalse(loaded.familyTrials().decided());
        assertEquals(List.of("cutdiff", "line"), loaded.familyTrials().trials().stream()
                .map(FamilyTrial::family).toList());
        assertEquals(0.375, loaded.runs().get(1).selectionLoss());
        assertTrue(loaded.undecided().orElseThrow().contains("a close call"), "the close call still shows");
    }

    @Test
    void aPinnedFamilyWithUnjudgedStartsWritesNeitherFieldAndReadsBackNullAndNaN() throws Exception {
        TuningResult pinned = SampleProjects.tuning();

        String json = jsonOf(pinned);
        TuningResult loaded = saveAndLoad(pinned).tuning();

        assertFalse(json.contains("familyTrials"), json);
        assertFalse(json.contains("selectionLoss"), "a NaN selection loss is simply left out");
        assertNull(loaded.familyTrials());
        assertTrue(Double.isNaN(loaded.selected().selectionLoss()));
    }

    @Test
    void theFileNamesTheTrialsAndLossesPlainly() throws Exception {
        String json = jsonOf(chosenByTheSearch());

        assertTrue(json.contains("\"familyTrials\" : {"), json);
        assertTrue(json.contains("\"chosen\" : \"line\""), json);
        assertTrue(json.contains("\"decided\" : false"), json);
        assertTrue(json.contains("\"selectionLoss\" : 0.375"), json);
    }
}
