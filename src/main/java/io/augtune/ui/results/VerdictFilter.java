package io.augtune.ui.results;

import io.augtune.project.Verdict;

import java.util.EnumSet;
import java.util.Set;

/** Which verdicts the ranking shows. */
public enum VerdictFilter {
    ALL("All images", EnumSet.allOf(Verdict.class)),
    NEEDS_LOOK("Fail and review", EnumSet.of(Verdict.FAIL, Verdict.REVIEW)),
    FAIL("Fail only", EnumSet.of(Verdict.FAIL)),
    REVIEW("Review only", EnumSet.of(Verdict.REVIEW)),
    PASS("Pass only", EnumSet.of(Verdict.PASS)),
    /** The inspector's work queue: in the review band by score, not decided yet. */
    UNDECIDED_REVIEW("Review band, undecided", EnumSet.of(Verdict.REVIEW)),
    DECIDED("Decided by you", EnumSet.allOf(Verdict.class));

    private final String label;
    private final Set<Verdict> verdicts;

    VerdictFilter(String label, Set<Verdict> verdicts) {
        this.label = label;
        this.verdicts = verdicts;
    }

    public boolean accepts(Verdict verdict) {
        return verdicts.contains(verdict);
    }

    /** Whether the row is shown under this filter. */
    public boolean accepts(ResultRow row) {
        return switch (this) {
            case UNDECIDED_REVIEW -> row.decision() == null && row.scoreVerdict() == Verdict.REVIEW;
            case DECIDED -> row.decision() != null;
            default -> verdicts.contains(row.verdict());
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
