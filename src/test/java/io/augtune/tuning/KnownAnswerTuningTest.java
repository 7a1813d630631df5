package io.augtune.tuning;

import io.augtune.augment.CutDiffAugmentation;
import io.augtune.common.CancellationToken;
import io.augtune.engine.DetectorConfig;
import io.augtune.project.TuningRun;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.validation.ValidationLosses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanism guard of issue 7: production images carry soft dark patches of a known area (0.03 or 0.12 of the
 * image); tuning against the large set must end with a clearly larger area than tuning against the small set, from
 * every start. Measured with this config: the unexplained-distance loss ends at 0.027-0.039 (planted 0.03) and
 * 0.134-0.146 (planted 0.12), so it must give at least twice the area; the plain mean-distance loss of the original method ends
 * at 0.023-0.025 and 0.037-0.055, following the data only weakly and settling far below the planted areas (the pull
 * towards small patches of issue 7), so it is held to 1.2 times.
 */
class KnownAnswerTuningTest {
    private static final int SIZE = 16;

    private static TuningData data(double plantedArea, long seed) {
        return SyntheticTextures.plantedPatchData(SIZE, 30, 16, plantedArea, seed);
    }

    private static List<TuningRun> tune(double plantedArea, String loss) {
        TuningConfig config = new TuningConfig(20, 25, 2, 0.2, 8, 24, 24, 3, 17L, 0);
        MultiStartTuner tuner = new MultiStartTuner(new CutDiffAugmentation(), ValidationLosses.byName(loss),
                DetectorConfig.defaults(SIZE, 1), config);
        MultiStartTuner.Outcome outcome = tuner.run(data(plantedArea, 5), TuningListener.NONE,
                CancellationToken.none());
        outcome.selected().close();
        return outcome.result().runs();
    }

    @ParameterizedTest
    @CsvSource({"unexplained-distance, 2.0", "mean-distance, 1.2"})
    void tuningFollowsThePlantedPatchAreaFromEveryStart(String loss, double factor) {
        List<TuningRun> small = tune(0.03, loss);
        List<TuningRun> large = tune(0.12, loss);
        StringBuilder report = new StringBuilder();
        for (int s = 0; s < small.size(); s++) {
            double a = small.get(s).finalHyperparameters().get("area");
            double b = large.get(s).finalHyperparameters().get("area");
            report.append(String.format("start %d: small %.4f large %.4f%n", s, a, b));
        }
        System.out.print(loss + "\n" + report);
        for (int s = 0; s < small.size(); s++) {
            double a = small.get(s).finalHyperparameters().get("area");
            double b = large.get(s).finalHyperparameters().get("area");
            assertTrue(b > factor * a, report.toString());
        }
    }
}
