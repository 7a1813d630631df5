package io.augtune.workflow;

import io.augtune.project.TuningRun;

import java.util.List;
import java.util.Map;

/**
 * What {@code evaluate} measured on one labelled task (METHOD.md §9): image AUROC and time of the fixed, grid and
 * tuned methods, the grid's oracle band, and optional diagnostics. Methods not run have NaN figures.
 */
public record EvaluationReport(String dataset, String defect, String family, int workingSize, long seed,
                               int normalImages, int productionImages, int anomalousImages, int skippedImages,
                               Method fixed, Grid grid, Method tuned, List<TuningRun> tunedRuns,
                               Diagnostics diagnostics) {

    /** One method's outcome: AUROC, seconds, the hyperparameters its detector was trained with. */
    public record Method(double imageAuroc, double seconds, Map<String, Double> hyperparameters,
                         double validationLoss) {
        public static Method notRun() {
            return new Method(Double.NaN, Double.NaN, Map.of(), Double.NaN);
        }
    }

    /** Every grid point, the one selected by validation loss, and the oracle band. */
    public record Grid(List<Method> points, int selected, double seconds) {
        public static Grid notRun() {
            return new Grid(List.of(), -1, Double.NaN);
        }

        public double selectedAuroc() {
            return selected < 0 ? Double.NaN : points.get(selected).imageAuroc();
        }

        public double bestAuroc() {
            return points.stream().mapToDouble(Method::imageAuroc).max().orElse(Double.NaN);
        }

        public double worstAuroc() {
            return points.stream().mapToDouble(Method::imageAuroc).min().orElse(Double.NaN);
        }
    }

    /**
     * @param spearman    rank correlation of grid validation losses with grid AUROCs (negative is useful)
     * @param sensitivity final tuned hyperparameters against normal-only, defect-only and mixed production data
     */
    public record Diagnostics(double spearman, Map<String, Map<String, Double>> sensitivity) {
    }
}
