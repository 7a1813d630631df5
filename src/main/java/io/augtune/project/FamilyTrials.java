package io.augtune.project;

import java.util.List;

/**
 * How {@code --family auto} chose the family it tuned: every family tried, the one kept, and why in words.
 *
 * @param chosen  the family kept (one of the trials)
 * @param trials  the families tried, in the order they were tried
 * @param decided false when the choice was a close call or no family told production from normal images
 * @param reason  one or two sentences for an engineer: what was kept and how sure that is
 */
public record FamilyTrials(String chosen, List<FamilyTrial> trials, boolean decided, String reason) {
    public FamilyTrials {
        Checks.identifier(chosen, "chosen");
        trials = Checks.list(trials, "trials");
        Checks.unique(trials, FamilyTrial::family, "trials");
        if (trials.stream().noneMatch(t -> t.family().equals(chosen))) {
            throw new IllegalArgumentException("chosen family " + chosen + " is not among the trials");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
