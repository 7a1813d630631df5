package io.augtune.ui.results;

import io.augtune.project.Thresholds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One threshold, shown once, in words an engineer reads. */
class ThresholdModelTest {
    @Test
    void theProposalShowsItsValueOnceWithFourDigitsAndNoInternalNames() {
        ThresholdModel model = new ThresholdModel();
        model.load(new Thresholds(13.013367458101975, null, "99th percentile (linear interpolation) of the "
                + "max_map_score of 24 held-back normal images = 13.013367458101975", false), 10);

        assertEquals("Proposed: fail ≥ 13.01, the 99th percentile of the scores of 24 held-back normal images",
                model.describe());
    }

    @Test
    void rulesWrittenNowReadTheSame() {
        assertEquals("99th percentile of the scores of 40 held-back normal images",
                ThresholdModel.ruleInWords("99th percentile of the scores of 40 held-back normal images = 15.5"));
    }
}
