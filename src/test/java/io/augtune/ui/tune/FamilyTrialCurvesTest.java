package io.augtune.ui.tune;

import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live view draws each family's trial as its own named line, apart from the starts' charts. */
class FamilyTrialCurvesTest {
    private final LiveTuneViewModel model = new LiveTuneViewModel(() -> 0L);

    private static LiveUpdate.TrialStep trialStep(String family, int step, double trainLoss) {
        return new LiveUpdate.TrialStep(family, new TrajectoryPoint(0, step, TuningPhase.WARMUP, trainLoss,
                Double.NaN, Map.of("area", 0.05), step * 10L));
    }

    /** Two families tried, three steps each; cutdiff ends worse than line. */
    private void twoTrials() {
        model.begin("bottles", () -> { });
        model.inbox().offer(new LiveUpdate.TrialStarted("cutdiff", 0, 2));
        for (int step = 1; step <= 3; step++) {
            model.inbox().offer(trialStep("cutdiff", step, 0.7 - 0.1 * step));
        }
        model.inbox().offer(new LiveUpdate.TrialFinished("cutdiff", 0.62));
        model.inbox().offer(new LiveUpdate.TrialStarted("line", 1, 2));
        for (int step = 1; step <= 3; step++) {
            model.inbox().offer(trialStep("line", step, 0.6 - 0.1 * step));
        }
    }

    @Test
    void eachFamilyTriedIsALineNamedInWordsThatGainsItsSeparationWhenItsTrialEnds() {
        twoTrials();
        model.pulse();

        FamilyTrialCurves trials = model.familyTrials();
        assertEquals(List.of("Dark spot (CutDiff): separation 0.62", "Scratch or crack (thin line)"), names());
        XYChart.Series<Number, Number> line = trials.series().get(1);
        assertEquals(3, line.getData().size());
        assertEquals(3, line.getData().get(2).getXValue().intValue(), "plotted against the trial's step");
        assertEquals(0.3, line.getData().get(2).getYValue().doubleValue(), 1e-9, "the trial detector's loss");
        assertEquals(0.62, trials.separationOf("cutdiff").orElseThrow(), 1e-12);
        assertTrue(trials.separationOf("line").isEmpty(), "line is still training");
        assertEquals(3, trials.maxStepProperty().get());
        assertEquals(List.of(new FamilyTrialCurves.Row("cutdiff", "Dark spot (CutDiff)", 0.62, false),
                new FamilyTrialCurves.Row("line", "Scratch or crack (thin line)", Double.NaN, false)), trials.rows());
        assertEquals("", trials.summaryProperty().get(), "nothing kept yet");

        model.inbox().offer(new LiveUpdate.TrialFinished("line", 0.71));
        model.inbox().offer(new LiveUpdate.FamilyKept("line", true,
                "line was kept: its detector tells the production images from held-back normal images best"));
        model.pulse();
        assertEquals(List.of("Dark spot (CutDiff): separation 0.62",
                "Scratch or crack (thin line): separation 0.71 — kept"), names());
        assertEquals("line", trials.keptProperty().get());
        assertTrue(trials.reasonProperty().get().startsWith("line was kept"), trials.reasonProperty().get());
        assertEquals(new FamilyTrialCurves.Row("line", "Scratch or crack (thin line)", 0.71, true),
                trials.rows().get(1));
        assertEquals("kept Scratch or crack (thin line), separation 0.71", trials.summaryProperty().get());
    }

    @Test
    void aKeptFamilyThatWasACloseCallSaysSo() {
        twoTrials();
        model.inbox().offer(new LiveUpdate.TrialFinished("line", 0.63));
        model.inbox().offer(new LiveUpdate.FamilyKept("line", false, "line was kept, but cutdiff did almost as well"));
        model.pulse();
        assertEquals("Scratch or crack (thin line): separation 0.63 — kept, not clear-cut", names().get(1));
        assertEquals("kept Scratch or crack (thin line), separation 0.63, not clear-cut",
                model.familyTrials().summaryProperty().get());
    }

    @Test
    void theTrialsStepsAreNotTheStartsAndTheNextRunForgetsThem() {
        twoTrials();
        model.pulse();
        MetricChartModel trainLoss = model.charts().stream().filter(c -> c.key().equals(Quantities.TRAIN_LOSS))
                .findFirst().orElseThrow();
        assertTrue(trainLoss.series().isEmpty(), "no start has stepped yet");
        assertEquals(0, model.startsProperty().get());
        assertEquals("", model.stepTextProperty().get());

        model.begin("bottles again", () -> { });
        model.pulse();
        assertTrue(model.familyTrials().series().isEmpty());
        assertTrue(model.familyTrials().rows().isEmpty());
        assertTrue(model.familyTrials().keptProperty().get().isEmpty());
        assertEquals(0, model.familyTrials().maxStepProperty().get());
    }

    private List<String> names() {
        return model.familyTrials().series().stream().map(XYChart.Series::getName).toList();
    }
}
