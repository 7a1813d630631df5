package io.augtune.workflow;

import io.augtune.project.DatasetSpec;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.TuningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's metadata says which family was tuned, how auto chose it and how sure that was. */
class ReportFamilyMetadataTest {
    @TempDir
    Path dir;

    private Properties reportOf(TuningResult tuning) throws Exception {
        Path production = Files.createDirectories(dir.resolve("production"));
        Project project = Project.create("bracket", new DatasetSpec(dir.resolve("normal"), production, false),
                ProjectSettings.defaults()).withTuning(tuning);
        Thresholds t = new Thresholds(5.0, null, "set", true);
        Path csv = dir.resolve("r.csv");
        List<ScoredImage> scores = List.of(ScoredImage.withoutMap("p.png", 7.0, 9, 9, "c".repeat(64)));
        Path sidecar = ReportExport.write(csv, scores, t, s -> t.verdictFor(s.score()),
                ReportExport.metadataOf(project, production));
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void autoKeepsItsSettingAsFamilyAndNamesTheTunedFamilyTheChoiceAndEveryTrialsLoss() throws Exception {
        TuningResult tuning = FamilyChoices.clearWinner();
        Properties p = reportOf(tuning);

        assertEquals("auto", p.getProperty("family"), "the settings' family, as before");
        assertEquals("line", p.getProperty("tuned_family"));
        assertEquals("decided", p.getProperty("family_choice"));
        assertEquals(tuning.familyTrials().reason(), p.getProperty("family_choice_reason"));
        assertEquals("0.12", p.getProperty("family_selection_loss.line"));
        assertEquals("0.41", p.getProperty("family_selection_loss.shading"));
        assertEquals("0.11", p.getProperty("selection_loss"), "the kept start's");
        assertTrue(p.getProperty("hyperparameter.length") != null, p.toString());
        assertNull(p.getProperty("tuning_undecided"), "a clear choice is not a warning");
    }

    @Test
    void aFamilyCloseCallIsUndecidedAndShowsInTheTuningWarning() throws Exception {
        TuningResult tuning = FamilyChoices.closeCall();
        Properties p = reportOf(tuning);

        assertEquals("undecided", p.getProperty("family_choice"));
        assertTrue(p.getProperty("tuning_undecided").contains("a close call"), p.getProperty("tuning_undecided"));
        assertTrue(p.getProperty("tuning_undecided").contains("stain did almost as well"));
    }

    @Test
    void aPinnedFamilyHasNoChoiceKeysAndNoSelectionLossWhenItsStartsWereNotJudged() throws Exception {
        TuningResult pinned = new TuningResult("stain", List.of(new io.augtune.project.TuningRun(0,
                java.util.Map.of("radius", 0.1), java.util.Map.of("radius", 0.2), 0.5, List.of())), 0);
        Properties p = reportOf(pinned);

        assertEquals("stain", p.getProperty("tuned_family"));
        assertFalse(p.stringPropertyNames().stream().anyMatch(k -> k.startsWith("family_")), p.toString());
        assertNull(p.getProperty("selection_loss"));
    }
}
