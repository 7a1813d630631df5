package io.augtune.ui.tune;

import io.augtune.workflow.FamilyChoices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FamilyTrialTextTest {
    @Test
    void aTrialIsNamedInWordsWithItsPlaceInTheSearch() {
        assertEquals("Trying: Scratch or crack (thin line) — 3 of 5", FamilyTrialText.trying("line", 3, 5));
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
        String kept = FamilyTrialText.keptByTrials("stain");
        assertEquals("Tuning: Stain or uneven spot, kept by the trials", kept);
        assertEquals(false, FamilyTrialText.namesATrial(kept));
        assertEquals(true, FamilyTrialText.namesATrial(FamilyTrialText.trying("stain", 4, 5)));
    }
}
