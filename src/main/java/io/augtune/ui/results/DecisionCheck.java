package io.augtune.ui.results;

import io.augtune.project.Verdict;

import java.util.List;
import java.util.Locale;

/**
 * How the fail threshold fares against the inspector's decisions: of the parts marked defect, how many it fails
 * (recall); of the parts it fails that were decided, how many were marked defect (precision); and the highest
 * threshold that still fails every confirmed defect, with what it would cost on the parts not decided yet.
 */
record DecisionCheck(int defects, int good, int defectsFailed, int goodFailed, double thresholdForAllDefects,
                     int undecidedFailedThere) {

    /** Null when no image is marked defect or good. */
    static DecisionCheck of(List<ResultRow> rows, double fail) {
        int defects = 0;
        int good = 0;
        int defectsFailed = 0;
        int goodFailed = 0;
        double lowestDefect = Double.POSITIVE_INFINITY;
        for (ResultRow row : rows) {
            if (row.decision() == Verdict.FAIL) {
                defects++;
                defectsFailed += row.score() >= fail ? 1 : 0;
                lowestDefect = Math.min(lowestDefect, row.score());
            } else if (row.decision() == Verdict.PASS) {
                good++;
                goodFailed += row.score() >= fail ? 1 : 0;
            }
        }
        if (defects + good == 0) {
            return null;
        }
        double cut = lowestDefect;
        int undecided = (int) rows.stream().filter(r -> r.decision() == null && r.score() >= cut).count();
        return new DecisionCheck(defects, good, defectsFailed, goodFailed, lowestDefect, undecided);
    }

    /** One line for the results header, e.g. "Against your decisions: recall 4/4, precision 4/5; ...". */
    String describe() {
        StringBuilder text = new StringBuilder("Against your decisions: ");
        text.append(defects == 0 ? "no defect marked yet" : String.format(Locale.ROOT,
                "%d of %d defects fail (recall %.0f %%)", defectsFailed, defects, 100.0 * defectsFailed / defects));
        int failedDecided = defectsFailed + goodFailed;
        if (failedDecided > 0) {
            text.append(String.format(Locale.ROOT, ", %d of %d decided fails are defects (precision %.0f %%)",
                    defectsFailed, failedDecided, 100.0 * defectsFailed / failedDecided));
        }
        if (defects > 0) {
            text.append(String.format(Locale.ROOT, ". Failing every marked defect needs fail ≥ %.4g, which also "
                    + "fails %d undecided image%s", thresholdForAllDefects, undecidedFailedThere,
                    undecidedFailedThere == 1 ? "" : "s"));
        }
        return text.append('.').toString();
    }
}
