package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.HyperparameterRange;
import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningResult;
import io.augtune.project.TuningRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tunings whose family {@code auto} chose, for the tests of what the report, the CLI and the app show. The choice and
 * its words come from {@link FamilySearch#decide}, the trials' hyperparameters from the families' range middles.
 */
public final class FamilyChoices {
    private FamilyChoices() {
    }

    /** The patch families tried, each with its selection loss; line is clearly best (240 production, 60 normal). */
    public static TuningResult clearWinner() {
        return tuned(FamilySearch.decide(List.of(trial("cutdiff", 0.30), trial("line", 0.12),
                trial("cutpaste", 0.33), trial("stain", 0.28), trial("shading", 0.41)), judged(60, 240)));
    }

    /** Line kept, but stain within the noise of the image counts: a close call (cutdiff, the default, well behind). */
    public static TuningResult closeCall() {
        return tuned(FamilySearch.decide(List.of(trial("cutdiff", 0.40), trial("line", 0.24), trial("stain", 0.25)),
                judged(56, 121)));
    }

    /** Production images against held-back normal images, in these numbers (their pixels do not matter here). */
    static JudgedImages judged(int normals, int production) {
        io.augtune.common.Raster blank = new io.augtune.common.Raster(2, 2, 1, new float[4]);
        return JudgedImages.production(java.util.Collections.nCopies(normals, blank),
                java.util.Collections.nCopies(production, blank));
    }

    /** What a trial at the middle of the family's ranges records. */
    public static FamilyTrial trial(String family, double loss) {
        Map<String, Double> middle = new TreeMap<>();
        for (HyperparameterRange range : Augmentations.byFamily(family).ranges()) {
            middle.put(range.name(), range.toValue(0));
        }
        return new FamilyTrial(family, middle, loss);
    }

    /** Two starts of the chosen family, judged on production images; the first kept. */
    private static TuningResult tuned(FamilyTrials choice) {
        Map<String, Double> middle = choice.trials().stream().filter(t -> t.family().equals(choice.chosen()))
                .findFirst().orElseThrow().hyperparameters();
        List<TuningRun> runs = new ArrayList<>();
        runs.add(new TuningRun(0, middle, middle, 0.42, List.of(), 0.11));
        runs.add(new TuningRun(1, middle, middle, 0.40, List.of(), 0.15));
        return new TuningResult(choice.chosen(), runs, 0, choice);
    }
}
