package io.augtune.workflow;

import io.augtune.common.Raster;
import io.augtune.localise.PatchGrid;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code --family auto} decides among its trials, and when it says it could not. */
class FamilySearchDecisionTest {
    private static List<Raster> blank(int n) {
        return java.util.Collections.nCopies(n, new Raster(2, 2, 1, new float[4]));
    }

    /** Production against held-back normals, with these counts. */
    private static JudgedImages judged(int normals, int production) {
        return JudgedImages.production(blank(normals), blank(production));
    }

    private static FamilyTrial trial(String family, double loss) {
        return new FamilyTrial(family, Map.of("x", 0.5), loss);
    }

    @Test
    void aClearWinnerIsKeptAndNamedWithTheRunnerUp() {
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.30), trial("line", 0.12),
                trial("shading", 0.35)), judged(60, 120));
        assertEquals("line", t.chosen());
        assertTrue(t.decided(), t.reason());
        assertTrue(t.reason().contains("line was kept") && t.reason().contains("next best cutdiff (0.70)"),
                t.reason());
    }

    @Test
    void aWinnerWithinTheNoiseIsKeptButCalledACloseCall() {
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.40), trial("line", 0.24),
                trial("stain", 0.25)), judged(56, 121));
        assertEquals("line", t.chosen());
        assertFalse(t.decided());
        assertTrue(t.reason().contains("close call") && t.reason().contains("stain"), t.reason());
        assertTrue(t.reason().contains("within the noise of 121 production and 56 held-back normal images"),
                t.reason());
    }

    @Test
    void aWinnerWithinTheNoiseOfTheDefaultLeavesTheDefault() {
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.25), trial("line", 0.24),
                trial("shading", 0.35)), judged(56, 121));
        assertEquals("cutdiff", t.chosen(), "a change of family must be earned beyond the noise");
        assertFalse(t.decided());
        assertTrue(t.reason().startsWith("cutdiff (the default) was kept: line's detector told the production images "
                + "from held-back normal ones a little better (separation 0.76 against 0.75)"), t.reason());
        assertTrue(t.reason().contains("within the noise of 121 production and 56 held-back normal images"),
                t.reason());
    }

    @Test
    void whenNoFamilySeesAnythingTheDefaultIsKeptAndTheReasonSaysSo() {
        // all-normal production: every trial separates at about chance
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.49), trial("line", 0.44),
                trial("shading", 0.52)), judged(40, 80));
        assertEquals("cutdiff", t.chosen());
        assertFalse(t.decided());
        assertTrue(t.reason().startsWith("No kind of synthetic defect told the production images from held-back "
                + "normal ones"), t.reason());
    }

    @Test
    void withDecisionsTheReasonSaysSoAndCountsTheConfirmedParts() {
        JudgedImages decided = JudgedImages.decided(blank(10), blank(3), blank(4));
        assertEquals(4, decided.positives());
        assertEquals(13, decided.negatives());
        assertTrue(decided.byDecisions());
        assertFalse(JudgedImages.production(blank(3), blank(3)).byDecisions());
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.40), trial("line", 0.02)), decided);
        assertEquals("line", t.chosen());
        assertTrue(t.reason().contains("ranked your 4 confirmed defects above your 3 good parts"), t.reason());
    }

    @Test
    void judgedImagesNeedOneImageToRankHighAndTwoNotTo() {
        assertFalse(JudgedImages.production(blank(1), blank(5)).usable());
        assertFalse(JudgedImages.decided(blank(5), blank(0), blank(0)).usable());
        assertTrue(JudgedImages.decided(blank(2), blank(0), blank(1)).usable());
        // a perfect ranking has no loss; the reverse ranking loses everything
        JudgedImages j = JudgedImages.production(blank(2), blank(2));
        assertEquals(0.0, j.loss(new double[] {0.1, 0.2, 0.8, 0.9}), 1e-12);
        assertEquals(1.0, j.loss(new double[] {0.8, 0.9, 0.1, 0.2}), 1e-12);
        assertEquals(List.of(0.8, 0.9), java.util.Arrays.stream(j.positiveScores(new double[] {0.1, 0.2, 0.8, 0.9}))
                .boxed().toList());
    }

    @Test
    void theStandardErrorShrinksWithMoreImagesAndIsAboutAKnownValueAtChance() {
        // Hanley-McNeil at A = 0.5: sqrt((0.25 + (n1-1)/12 + (n0-1)/12) / (n0 n1)); n0 = n1 = 50 gives 0.0580
        assertEquals(0.0580, FamilySearch.aurocError(0.5, 50, 50), 1e-3);
        assertTrue(FamilySearch.aurocError(0.8, 500, 500) < FamilySearch.aurocError(0.8, 50, 50));
    }

    @Test
    void trialsLookAtTheCoarsestGridThatFitsTheImage() {
        assertEquals(new PatchGrid(64, 64, 256, 640), TrialScores.coarsest(new PatchGrid(64, 32, 256, 640)));
        assertEquals(new PatchGrid(64, 32, 160, 160), TrialScores.coarsest(new PatchGrid(64, 16, 160, 160)));
        assertEquals(new PatchGrid(64, 32, 160, 160), TrialScores.coarsest(new PatchGrid(64, 32, 160, 160)));
    }

    @Test
    void patchDetectionDoesNotTryTurnedPatches() {
        assertTrue(FamilySearch.candidates(false).contains("rotation"));
        assertFalse(FamilySearch.candidates(true).contains("rotation"));
        assertEquals("cutdiff", FamilySearch.candidates(true).get(0));
    }

    @Test
    void evenlySpacedKeepsTheOrderAndTheLimit() {
        assertEquals(List.of(0, 3, 6), TrialScores.evenlySpaced(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 3));
        assertEquals(List.of(1, 2), TrialScores.evenlySpaced(List.of(1, 2), 5));
    }
}
