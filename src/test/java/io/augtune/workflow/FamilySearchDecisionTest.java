package io.augtune.workflow;

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
    private static FamilyTrial trial(String family, double loss) {
        return new FamilyTrial(family, Map.of("x", 0.5), loss);
    }

    @Test
    void aClearWinnerIsKeptAndNamedWithTheRunnerUp() {
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.30), trial("line", 0.12),
                trial("shading", 0.35)), 60, 120);
        assertEquals("line", t.chosen());
        assertTrue(t.decided(), t.reason());
        assertTrue(t.reason().contains("line was kept") && t.reason().contains("next best cutdiff (0.70)"),
                t.reason());
    }

    @Test
    void aWinnerWithinTheNoiseIsKeptButCalledACloseCall() {
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.25), trial("line", 0.24)), 56, 121);
        assertEquals("line", t.chosen());
        assertFalse(t.decided());
        assertTrue(t.reason().contains("close call") && t.reason().contains("cutdiff"), t.reason());
    }

    @Test
    void whenNoFamilySeesAnythingTheDefaultIsKeptAndTheReasonSaysSo() {
        // all-normal production: every trial separates at about chance
        FamilyTrials t = FamilySearch.decide(List.of(trial("cutdiff", 0.49), trial("line", 0.44),
                trial("shading", 0.52)), 40, 80);
        assertEquals("cutdiff", t.chosen());
        assertFalse(t.decided());
        assertTrue(t.reason().contains("look normal to every family"), t.reason());
    }

    @Test
    void theStandardErrorShrinksWithMoreImagesAndIsAboutAKnownValueAtChance() {
        // Hanley-McNeil at A = 0.5: sqrt((0.25 + (n1-1)/12 + (n0-1)/12) / (n0 n1)); n0 = n1 = 50 gives 0.0580
        assertEquals(0.0580, FamilySearch.aurocError(0.5, 50, 50), 1e-3);
        assertTrue(FamilySearch.aurocError(0.8, 500, 500) < FamilySearch.aurocError(0.8, 50, 50));
    }

    @Test
    void trialsLookAtTheCoarsestGridThatFitsTheImage() {
        assertEquals(new PatchGrid(64, 64, 256, 640), FamilySearch.coarsest(new PatchGrid(64, 32, 256, 640)));
        assertEquals(new PatchGrid(64, 32, 160, 160), FamilySearch.coarsest(new PatchGrid(64, 16, 160, 160)));
        assertEquals(new PatchGrid(64, 32, 160, 160), FamilySearch.coarsest(new PatchGrid(64, 32, 160, 160)));
    }

    @Test
    void patchDetectionDoesNotTryTurnedPatches() {
        assertTrue(FamilySearch.candidates(false).contains("rotation"));
        assertFalse(FamilySearch.candidates(true).contains("rotation"));
        assertEquals("cutdiff", FamilySearch.candidates(true).get(0));
    }

    @Test
    void evenlySpacedKeepsTheOrderAndTheLimit() {
        assertEquals(List.of(0, 3, 6), FamilySearch.evenlySpaced(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 3));
        assertEquals(List.of(1, 2), FamilySearch.evenlySpaced(List.of(1, 2), 5));
    }
}
