package io.augtune.workflow;

import io.augtune.project.ProjectSettings;
import io.augtune.tuning.TuningConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The steps of auto's family trials: on top of the starts' budget, a fixed part of it per trial. */
class RunPlanTrialsTest {
    @Test
    void theStartsKeepTheirWholeBudgetWhenTheFamilyIsChosenAutomatically() {
        ProjectSettings auto = ProjectSettings.defaults();
        ProjectSettings pinned = auto.withFamily(ProjectSettings.FAMILY_CUTDIFF);
        assertEquals(RunPlan.tuningConfig(pinned), RunPlan.tuningConfig(auto));
    }

    @Test
    void theFiveTrialsTogetherCostAboutHalfTheStartsDetectorSteps() {
        ProjectSettings s = ProjectSettings.defaults();
        TuningConfig trial = RunPlan.trialConfig(s);
        TuningConfig starts = RunPlan.tuningConfig(s);
        // defaults: 90 s budget, 3 starts of 50 + 24 x 5 detector steps; a trial 50 warm-up + 3 x 5 steps
        assertEquals(50, trial.warmupSteps());
        assertEquals(3, trial.rounds());
        double trialSteps = FamilySearch.TRIALS * trial.detectorStepsPerStart();
        double startSteps = starts.starts() * starts.detectorStepsPerStart();
        assertTrue(trialSteps > 0.5 * startSteps && trialSteps < 0.75 * startSteps, trialSteps + " vs " + startSteps);
        assertEquals(0, trial.budgetSeconds(), "trials are never cut short by the clock");
    }
}
