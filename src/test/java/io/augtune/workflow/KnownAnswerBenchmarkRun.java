package io.augtune.workflow;

import io.augtune.augment.CutDiffAugmentation;
import io.augtune.common.CancellationToken;
import io.augtune.project.ProjectSettings;
import io.augtune.project.TuningRun;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.tuning.MultiStartTuner;
import io.augtune.tuning.TuningData;
import io.augtune.tuning.TuningListener;
import io.augtune.validation.ValidationLosses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the larger known-answer benchmark of issue #7, at the default settings (64 px, 3 starts, the default
 * budget's steps): 200 normal textures; 100 production textures, half of them with a soft dark patch of a known area
 * (0.03 or 0.12). Prints every start's tuned area for each planted area and seed. Run with the test class path:
 * {@code java -cp ... io.augtune.workflow.KnownAnswerBenchmarkRun [loss] [seeds...]}.
 */
public final class KnownAnswerBenchmarkRun {
    private static final int SIZE = 64;

    private KnownAnswerBenchmarkRun() {
    }

    public static void main(String[] args) {
        String loss = args.length > 0 ? args[0] : ProjectSettings.defaults().validationLoss();
        List<Long> seeds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            seeds.add(Long.parseLong(args[i]));
        }
        if (seeds.isEmpty()) {
            seeds.add(42L);
        }
        System.out.println("loss " + loss + ", 64 px, default settings; tuned area per start");
        for (long seed : seeds) {
            ProjectSettings s = ProjectSettings.builder().seed(seed).validationLoss(loss).build();
            for (double planted : new double[] {0.03, 0.12}) {
                MultiStartTuner tuner = new MultiStartTuner(new CutDiffAugmentation(), ValidationLosses.byName(loss),
                        RunPlan.detectorConfig(s, 1), RunPlan.tuningConfig(s).withBudgetSeconds(0));
                long t0 = System.nanoTime();
                MultiStartTuner.Outcome outcome = tuner.run(data(planted, seed), TuningListener.NONE,
                        CancellationToken.none());
                outcome.selected().close();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "seed %d planted %.2f:", seed,
                        planted));
                for (TuningRun run : outcome.result().runs()) {
                    line.append(String.format(Locale.ROOT, " %.4f", run.finalHyperparameters().get("area")));
                }
                line.append(String.format(Locale.ROOT, "  (selected start %d, %.0f s)",
                        outcome.result().selectedStart() + 1, (System.nanoTime() - t0) / 1e9));
                System.out.println(line);
            }
        }
    }

    private static TuningData data(double plantedArea, long seed) {
        return SyntheticTextures.plantedPatchData(SIZE, 200, 100, plantedArea, seed);
    }
}
