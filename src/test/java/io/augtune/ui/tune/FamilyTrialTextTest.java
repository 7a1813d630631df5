package io.augtune.ui.tune;

import io.augtune.workflow.FamilyChoices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FamilyTrialTextTest {
    @Test
    void aTrialsProgressNamesTheFamilyInWordsWithItsPlaceInTheSearch() {
        assertEquals("Trying: Scratch or crack (thin line) — 3 of 5",
                FamilyTrialText.trying("Choosing the augmentation", "trying line (3 of 5)"));
    }

    @Test
    void otherProgressAndTheSearchsOwnRemarksNameNoTrial() {
        assertEquals("", FamilyTrialText.trying("Tuning", "trying line (3 of 5)"));
        assertEquals("", FamilyTrialText.trying("Choosing the augmentation",
                "too few normal images to compare kinds of synthetic defect: cutdiff is tuned"));
    }

    @Test
    void afterTheRunTheKeptFamilyIsNamedAndACloseCallSaysSo() {
        assertEquals("Kept: Scratch or crack (thin line), chosen automatically",
                FamilyTrialText.kept(FamilyChoices.clearWinner()));
        assertEquals("Kept: Scratch or crack (thin line), chosen automatically (not clear-cut)",
                FamilyTrialText.kept(FamilyChoices.closeCall()));
        assertEquals("", FamilyTrialText.kept(null));
    }

    @Test
    void theFamilyKeptIsNamedWhileItsStartsAreTunedAndIsNotTakenForATrial() {
        String kept = FamilyTrialText.trying(FamilyTrialText.SEARCH_PHASE, "kept stain");
        assertEquals("Tuning: Stain or uneven spot, kept by the trials", kept);
        assertEquals(false, FamilyTrialText.namesATrial(kept));
        assertEquals(true, FamilyTrialText.namesATrial(FamilyTrialText.trying(FamilyTrialText.SEARCH_PHASE,
                "trying stain (4 of 5)")));
    }
}
