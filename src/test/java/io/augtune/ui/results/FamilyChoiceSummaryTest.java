package io.augtune.ui.results;

import io.augtune.project.TuningResult;
import io.augtune.workflow.FamilyChoices;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyChoiceSummaryTest {
    @Test
    void theFamiliesTriedAreListedBestFirstWithTheirSeparationAndTheKeptOneMarked() {
        TuningResult tuning = FamilyChoices.clearWinner();
        FamilyChoiceSummary s = FamilyChoiceSummary.of(tuning);

        assertEquals("Augmentation: Scratch or crack (thin line), chosen automatically", s.title());
        assertEquals(tuning.familyTrials().reason(), s.reason());
        assertTrue(s.decided());
        assertEquals(List.of(
                new FamilyChoiceSummary.Row("Scratch or crack (thin line)", "line", "0.88", true),
                new FamilyChoiceSummary.Row("Stain or uneven spot", "stain", "0.72", false),
                new FamilyChoiceSummary.Row("Dark spot (CutDiff)", "cutdiff", "0.70", false),
                new FamilyChoiceSummary.Row("Misplaced piece (CutPaste)", "cutpaste", "0.67", false),
                new FamilyChoiceSummary.Row("Uneven shading (whole part)", "shading", "0.59", false)), s.rows());
    }

    @Test
    void theSeparationIsSaidToMeasureTheDecisionsWhenTheyJudgedTheTrials() {
        TuningResult first = FamilyChoices.clearWinner();
        assertTrue(FamilyChoiceSummary.of(first).separationMeaning().contains("told the production images"));
        io.augtune.project.FamilyTrials search = first.familyTrials();
        TuningResult retuned = new TuningResult(first.family(), first.runs(), first.selectedStart(),
                new io.augtune.project.FamilyTrials(search.chosen(), search.trials(), true, "Line ranked your 2 "
                        + "confirmed defects above your 3 good parts and the held-back normal images best."));
        String meaning = FamilyChoiceSummary.of(retuned).separationMeaning();
        assertTrue(meaning.contains("ranked your confirmed defects above your good parts"), meaning);
    }

    @Test
    void aPinnedFamilyHasNoSummary() {
        TuningResult pinned = new TuningResult("line", FamilyChoices.clearWinner().runs(), 0);
        assertNull(FamilyChoiceSummary.of(pinned));
        assertNull(FamilyChoiceSummary.of(null));
    }

    @Test
    void theWarningLeavesTheFamilyReasonToTheCardButKeepsWhatElseItSays() {
        TuningResult closeCall = FamilyChoices.closeCall();
        assertFalse(FamilyChoiceSummary.of(closeCall).decided());
        assertEquals("", FamilyChoiceSummary.noteOf(closeCall), "the card shows the close call");
        assertEquals("", FamilyChoiceSummary.noteOf(null));

        TuningResult tied = new TuningResult("line", List.of(closeCall.runs().get(0),
                closeCall.runs().get(1).withSelectionLoss(0.11)), 0, closeCall.familyTrials());
        String note = FamilyChoiceSummary.noteOf(tied);
        assertTrue(note.startsWith("The tuning could not decide: all 2 starts ended at the same selection loss"),
                note);
        assertFalse(note.contains(closeCall.familyTrials().reason()), note);
    }
}
