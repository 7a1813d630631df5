package io.augtune.ui.tune;

import io.augtune.project.TuningResult;
import io.augtune.ui.widgets.SettingNames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the live view says about the augmentation family: which one {@code auto} is trying, and afterwards which it
 * kept. The tuning job reports each trial only as progress text ("trying line (3 of 5)" in the phase "Choosing the
 * augmentation", see {@code workflow.FamilySearch}), so the family is read back from that text.
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
    private static final Pattern TRYING = Pattern.compile("trying (\\S+) \\((\\d+) of (\\d+)\\)");
    private static final Pattern KEPT = Pattern.compile("kept (\\S+)");
    private static final String TRYING_PREFIX = "Trying: ";

    private FamilyTrialText() {
    }

    /**
     * "Trying: Scratch or crack (thin line) — 3 of 5" for a trial's progress, "Tuning: Scratch or crack (thin line),
     * kept by the trials" when the search has chosen ("kept line"); empty for any other progress (also the search's
     * own remarks, e.g. that there were too few normal images to compare families).
     */
    static String trying(String phase, String detail) {
        if (!SEARCH_PHASE.equals(phase) || detail == null) {
            return "";
        }
        Matcher m = TRYING.matcher(detail.strip());
        if (m.matches()) {
            return TRYING_PREFIX + SettingNames.of(m.group(1)) + " — " + m.group(2) + " of " + m.group(3);
        }
        Matcher kept = KEPT.matcher(detail.strip());
        return kept.matches() ? "Tuning: " + SettingNames.of(kept.group(1)) + ", kept by the trials" : "";
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
