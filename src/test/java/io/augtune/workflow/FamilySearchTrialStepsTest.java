package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.project.ProjectSettings;
import io.augtune.project.TuningEvent;
import io.augtune.project.TuningPhase;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.tuning.TuningConfig;
import io.augtune.validation.ValidationLosses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family search tells its observer each trial's steps apart from the starts', tagged with the family tried. */
class FamilySearchTrialStepsTest {
    private static final int SIZE = 16;
    private static final ProjectSettings TINY = ProjectSettings.builder().workingSize(SIZE).batchSize(4).seed(3)
            .build();
    /** Three warm-up steps and one round of two: five detector steps and the final one per trial. */
    private static final TuningConfig FEW_STEPS = RunPlan.trialConfig(TINY).withSteps(3, 1, 2);

    private static final List<String> started = new ArrayList<>();
    private static final Map<String, List<TuningEvent>> steps = new LinkedHashMap<>();
    private static final Map<String, Double> separations = new LinkedHashMap<>();
    private static final List<TuningEvent> startSteps = new ArrayList<>();
    private static FamilyTrials kept;
    private static FamilySearch.Outcome outcome;

    @BeforeAll
    static void searchOnTinyTextures() {
        Random random = new Random(11);
        List<Raster> train = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            train.add(SyntheticTextures.texture(SIZE, random));
        }
        List<Raster> reference = List.of(SyntheticTextures.texture(SIZE, random),
                SyntheticTextures.texture(SIZE, random));
        List<Raster> production = List.of(SyntheticTextures.texture(SIZE, random),
                SyntheticTextures.withPatch(SyntheticTextures.texture(SIZE, random), 0.1, random));
        outcome = FamilySearch.choose(ValidationLosses.byName(TINY.validationLoss()),
                RunPlan.detectorConfig(TINY, 1), FEW_STEPS, train, JudgedImages.production(reference, production),
                production, 1, SIZE, TrialScores.wholeImage(), tuner -> { }, new TuneObserver() {
                    @Override
                    public void onTrialStarted(String family, int index, int trials) {
                        started.add(family + " " + (index + 1) + "/" + trials);
                    }

                    @Override
                    public void onTrialStep(String family, TuningEvent event) {
                        steps.computeIfAbsent(family, f -> new ArrayList<>()).add(event);
                    }

                    @Override
                    public void onTrialFinished(String family, double separation) {
                        separations.put(family, separation);
                    }

                    @Override
                    public void onFamilyKept(FamilyTrials choice) {
                        kept = choice;
                    }

                    @Override
                    public void onStep(TuningEvent event) {
                        startSteps.add(event);
                    }
                }, CancellationToken.none());
    }

    @Test
    void everyTrialIsAnnouncedInOrderWithItsPlaceAmongTheTrials() {
        List<String> families = FamilySearch.candidates(false);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            expected.add(families.get(i) + " " + (i + 1) + "/" + families.size());
        }
        assertEquals(expected, started);
    }

    @Test
    void eachTrialsStepsArriveTaggedWithItsFamilyAndNoneAsAStartsStep() {
        assertEquals(FamilySearch.candidates(false), List.copyOf(steps.keySet()));
        assertTrue(startSteps.isEmpty(), "a trial is not a start of the tuning");
        steps.forEach((family, events) -> {
            assertEquals(FEW_STEPS.detectorStepsPerStart() + 1, events.size(), family + ": detector steps, final step");
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i + 1, events.get(i).point().step(), family);
                assertTrue(Double.isFinite(events.get(i).point().trainLoss()), family + " trains its detector");
            }
            assertEquals(TuningPhase.DONE, events.get(events.size() - 1).point().phase(), family);
        });
    }

    @Test
    void eachTrialEndsWithItsSeparationAndTheSearchWithTheChoiceItReturns() {
        assertSame(outcome.choice(), kept);
        for (FamilyTrial trial : kept.trials()) {
            assertEquals(1 - trial.loss(), separations.get(trial.family()), 1e-12, trial.family());
        }
        assertEquals(FamilySearch.candidates(false), List.copyOf(separations.keySet()));
    }
}
