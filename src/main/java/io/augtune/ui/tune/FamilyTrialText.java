package io.augtune.ui.tune;

import io.augtune.project.TuningResult;
import io.augtune.ui.widgets.SettingNames;

/**
 * What the live view says about the augmentation family: which one {@code auto} is trying, and afterwards which it
 * kept, from the job's trial reports ({@code workflow.TuneObserver#onTrialStarted} and {@code #onFamilyKept}).
 */
final class FamilyTrialText {
    /** The progress phase of the family search. */
    static final String SEARCH_PHASE = "Choosing the augmentation";
    /** What the search does, in the header while it runs (the family tried is named beside its examples). */
    static final String SEARCH_DETAIL = "each kind of synthetic defect trains a short trial detector; the one that "
            + "best tells the production images from held-back normal ones is tuned";
    /** The same on a retune, where the inspector's decisions judge the trials. */
    static final String SEARCH_BY_DECISIONS = "each kind of synthetic defect trains a short trial detector; the one "
            + "that best ranks your confirmed defects above your good parts and held-back normal images is tuned";
    private static final String TRYING_PREFIX = "Trying: ";

    private FamilyTrialText() {
    }

    /** "Trying: Scratch or crack (thin line) — 3 of 5" for the trial of {@code family}, number {@code number}. */
    static String trying(String family, int number, int trials) {
        return TRYING_PREFIX + SettingNames.of(family) + " — " + number + " of " + trials;
    }

    /** "Tuning: Scratch or crack (thin line), kept by the trials", while the starts of the family kept are tuned. */
    static String keptByTrials(String family) {
        return "Tuning: " + SettingNames.of(family) + ", kept by the trials";
    }

    /** Whether the live view's family text names a trial still running (not the family kept). */
    static boolean namesATrial(String familyText) {
        return familyText.startsWith(TRYING_PREFIX);
    }

    /** "Kept: Scratch or crack (thin line), chosen automatically"; empty when the settings named the family. */
    static String kept(TuningResult tuning) {
        if (tuning == null || tuning.familyTrials() == null) {
            return "";
        }
        return "Kept: " + SettingNames.of(tuning.family()) + ", chosen automatically"
                + (tuning.familyTrials().decided() ? "" : " (not clear-cut)");
    }
}
