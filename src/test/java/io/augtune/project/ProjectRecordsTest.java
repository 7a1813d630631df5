package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectRecordsTest {
    @TempDir
    Path dir;

    @Test
    void datasetFoldersAreAbsoluteAndNormalised() {
        DatasetSpec spec = new DatasetSpec(Path.of("a/../normal"), Path.of("production"), false);

        assertTrue(spec.normalFolder().isAbsolute());
        assertEquals(Path.of("normal").toAbsolutePath(), spec.normalFolder());
    }

    @Test
    void theSameFolderCannotBeNormalAndProduction() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetSpec(dir, dir.resolve("x/.."), true));
    }

    @Test
    void aDatasetTurnsFilesIntoReferencesAndBack() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir);
        Path file = dataset.productionFolder().resolve("lot 7").resolve("Prüfteil.png");

        ImageRef ref = dataset.refOf(ImageRole.PRODUCTION, file);

        assertEquals(new ImageRef(ImageRole.PRODUCTION, "lot 7/Prüfteil.png"), ref);
        assertEquals(file, dataset.resolve(ref));
        assertThrows(IllegalArgumentException.class, () -> dataset.refOf(ImageRole.NORMAL, file));
    }

    @Test
    void imagePathsMustStayInsideTheirFolder() {
        for (String bad : List.of("", "/abs.png", "../up.png", "a/../b.png", "a\\b.png", "a//b.png", "./a.png")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ManifestEntry(ImageRole.NORMAL, bad, 1, 1, 0, SampleProjects.HASH_A), bad);
        }
    }

    @Test
    void hashesMustBeSha256HexAndAreKeptLowerCase() {
        ManifestEntry entry = new ManifestEntry(ImageRole.NORMAL, "a.png", 1, 1, 0, "ABCDEF".repeat(10) + "0123");

        assertEquals("abcdef".repeat(10) + "0123", entry.sha256());
        assertThrows(IllegalArgumentException.class,
                () -> new ManifestEntry(ImageRole.NORMAL, "a.png", 1, 1, 0, "abc"));
    }

    @Test
    void hyperparameterMapsAreSortedCopiesThatCannotChange() {
        Map<String, Double> source = new HashMap<>(Map.of("zeta", 1.0, "alpha", 2.0));
        TrajectoryPoint point = new TrajectoryPoint(0, 0, TuningPhase.WARMUP, 0.5, Double.NaN, source, 0);
        source.put("beta", 3.0);

        assertEquals(List.of("alpha", "zeta"), new ArrayList<>(point.hyperparameters().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> point.hyperparameters().put("x", 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TrajectoryPoint(0, 0, TuningPhase.HYPER, 0, 0,
                Map.of("area", Double.NaN), 0));
    }

    @Test
    void listsAreCopiedSoTheCallerCannotChangeAProject() throws Exception {
        List<ScoredImage> scores = new ArrayList<>();
        scores.add(ScoredImage.withoutMap("a.png", 1, 8, 8, SampleProjects.HASH_A));
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withScores(scores);
        scores.clear();

        assertEquals(1, project.scores().size());
        assertThrows(UnsupportedOperationException.class, () -> project.scores().clear());
    }

    @Test
    void aTuningResultSelectsOneOfItsRuns() {
        TuningResult result = SampleProjects.tuning();

        assertEquals(0, result.selected().start());
        assertThrows(IllegalArgumentException.class, () -> new TuningResult("rotation", result.runs(), 5));
        assertThrows(IllegalArgumentException.class, () -> new TuningResult("rotation", List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new TuningResult("rotation",
                List.of(result.runs().get(0), result.runs().get(0)), 0));
    }

    @Test
    void aRunHoldsOnlyItsOwnPoints() {
        TrajectoryPoint ofRunOne = new TrajectoryPoint(1, 0, TuningPhase.WARMUP, 0.5, Double.NaN, Map.of(), 0);

        assertThrows(IllegalArgumentException.class,
                () -> new TuningRun(0, Map.of(), Map.of(), 0.1, List.of(ofRunOne)));
    }

    @Test
    void thresholdsGiveTheStricterVerdictOnTheLine() {
        Thresholds band = new Thresholds(10, 6.0, "rule", false);
        Thresholds noBand = new Thresholds(10, null, "rule", false);

        assertEquals(List.of(Verdict.PASS, Verdict.REVIEW, Verdict.REVIEW, Verdict.FAIL),
                List.of(band.verdictFor(5.9), band.verdictFor(6), band.verdictFor(9.9), band.verdictFor(10)));
        assertEquals(List.of(Verdict.PASS, Verdict.FAIL), List.of(noBand.verdictFor(9.9), noBand.verdictFor(10)));
    }

    @Test
    void theReviewBandMustLieBelowTheFailThreshold() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(5, 5.0, "rule", true));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(Double.NaN, null, "rule", true));
    }

    @Test
    void aDefectBoxMustFitItsImage() {
        assertThrows(IllegalArgumentException.class, () -> new ScoredImage("a.png", 1, null, 100, 50,
                SampleProjects.HASH_A, 10, new BoundingBox(90, 0, 20, 10)));
        assertThrows(IllegalArgumentException.class, () -> new BoundingBox(0, 0, 0, 5));
    }

    @Test
    void anImageAppearsAtMostOnceInEachList() throws Exception {
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults());
        ManifestEntry entry = new ManifestEntry(ImageRole.NORMAL, "a.png", 1, 1, 0, SampleProjects.HASH_A);
        ScoredImage score = ScoredImage.withoutMap("a.png", 1, 8, 8, SampleProjects.HASH_A);

        assertThrows(IllegalArgumentException.class, () -> project.withManifest(List.of(entry, entry)));
        assertThrows(IllegalArgumentException.class, () -> project.withScores(List.of(score, score)));
        assertEquals(2, project.withManifest(List.of(entry, new ManifestEntry(ImageRole.PRODUCTION, "a.png", 1, 1,
                0, SampleProjects.HASH_A))).manifest().size());
    }

    @Test
    void aNewDecisionReplacesTheEarlierOneOnTheSameImage() throws Exception {
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withDecision(new UserDecision("a.png", Verdict.FAIL, null))
                .withDecision(new UserDecision("b.png", Verdict.PASS, "fine"))
                .withDecision(new UserDecision("a.png", Verdict.PASS, "was dust"));

        assertEquals(List.of(new UserDecision("a.png", Verdict.PASS, "was dust"),
                new UserDecision("b.png", Verdict.PASS, "fine")), project.decisions());
        assertEquals("", new UserDecision("c.png", Verdict.FAIL, null).note());
    }

    @Test
    void decisionsCarryOverOnlyToImagesWhoseContentIsUnchanged() throws Exception {
        Project before = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withManifest(List.of(production("a.png", SampleProjects.HASH_A), production("b.png",
                        SampleProjects.HASH_A), production("gone.png", SampleProjects.HASH_A)))
                .withDecision(new UserDecision("a.png", Verdict.PASS, "dust"))
                .withDecision(new UserDecision("b.png", Verdict.FAIL, ""))
                .withDecision(new UserDecision("gone.png", Verdict.FAIL, ""));
        Project after = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withManifest(List.of(production("a.png", SampleProjects.HASH_A), production("b.png",
                        SampleProjects.HASH_B)))
                .withDecisionsCarriedFrom(before);
        assertEquals(List.of(new UserDecision("a.png", Verdict.PASS, "dust")), after.decisions());
    }

    private static ManifestEntry production(String name, String hash) {
        return new ManifestEntry(ImageRole.PRODUCTION, name, 8, 8, 100, hash);
    }

    @Test
    void theUsersDecisionOutranksTheThresholds() throws Exception {
        ScoredImage high = ScoredImage.withoutMap("a.png", 50, 8, 8, SampleProjects.HASH_A);
        ScoredImage low = ScoredImage.withoutMap("b.png", 1, 8, 8, SampleProjects.HASH_A);
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults())
                .withScores(List.of(high, low));

        assertEquals(Optional.empty(), project.verdictOf(high));
        Project thresholded = project.withThresholds(new Thresholds(10, null, "rule", false))
                .withDecision(new UserDecision("a.png", Verdict.PASS, "reflection"));
        assertEquals(Optional.of(Verdict.PASS), thresholded.verdictOf(high));
        assertEquals(Optional.of(Verdict.PASS), thresholded.verdictOf(low));
        assertEquals(Optional.of(Verdict.FAIL), thresholded.withDecisions(List.of()).verdictOf(high));
    }

    @Test
    void theSetHashIgnoresListingOrderButSeesContent() {
        ManifestEntry a = new ManifestEntry(ImageRole.NORMAL, "a.png", 1, 1, 0, SampleProjects.HASH_A);
        ManifestEntry b = new ManifestEntry(ImageRole.NORMAL, "b.png", 1, 1, 0, SampleProjects.HASH_B);
        ManifestEntry bEdited = new ManifestEntry(ImageRole.NORMAL, "b.png", 1, 1, 0, SampleProjects.HASH_C);

        assertEquals(Provenance.setHashOf(List.of(a, b), ImageRole.NORMAL),
                Provenance.setHashOf(List.of(b, a), ImageRole.NORMAL));
        assertNotEquals(Provenance.setHashOf(List.of(a, b), ImageRole.NORMAL),
                Provenance.setHashOf(List.of(a, bEdited), ImageRole.NORMAL));
        assertEquals(Provenance.setHashOf(List.of(), ImageRole.NORMAL),
                Provenance.setHashOf(List.of(a), ImageRole.PRODUCTION));
    }

    @Test
    void viewStateOpacityStaysBetweenZeroAndOne() {
        assertEquals(0.4, ViewState.initial().withHeatmapOpacity(0.4).heatmapOpacity());
        assertThrows(IllegalArgumentException.class, () -> ViewState.initial().withHeatmapOpacity(1.5));
    }
}
