package io.augtune.evaluation;

import io.augtune.project.TuningRun;

import java.util.List;
import java.util.Map;

/**
 * What {@code evaluate} measured on one labelled task: image AUROC and time of the fixed, grid and
 * tuned methods, the grid's oracle band, optional diagnostics, and the tuned detector's localisation metrics when the
 * data set has masks. Methods not run have NaN figures. {@code detection} says how the images were looked at:
 * {@code image}, or the patch grid and scorer of patch-level detection.
 */
public record EvaluationReport(String dataset, String defect, String family, String validationLoss, int workingSize,
                               long seed, int normalImages, int productionImages, int anomalousImages, int skippedImages,
                               Method fixed, Grid grid, Method tuned, List<TuningRun> tunedRuns,
                               Diagnostics diagnostics, PixelEvaluation.Result tunedPixels, String detection,
                               Map<String, Component> components, Map<String, Double> fusionRules,
                               List<ScoredImage> fusedImages, Families families, Map<Integer, Double> startAurocs) {

    public EvaluationReport {
        fusedImages = List.copyOf(fusedImages);
        startAurocs = startAurocs == null ? Map.of() : Map.copyOf(startAurocs);
        fusionRules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fusionRules));
        components = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(components));
    }

    /** A report of one detector, without components. */
    public EvaluationReport(String dataset, String defect, String family, String validationLoss, int workingSize,
                            long seed, int normalImages, int productionImages, int anomalousImages, int skippedImages,
                            Method fixed, Grid grid, Method tuned, List<TuningRun> tunedRuns,
                            Diagnostics diagnostics, PixelEvaluation.Result tunedPixels, String detection) {
        this(dataset, defect, family, validationLoss, workingSize, seed, normalImages, productionImages, anomalousImages,
                skippedImages, fixed, grid, tuned, tunedRuns, diagnostics, tunedPixels, detection, Map.of(), Map.of(),
                List.of(), null, Map.of());
    }

    /** This report with the family choice of {@code --family auto} (its {@code family} is then the one chosen). */
    public EvaluationReport withFamilies(Families chosen) {
        return new EvaluationReport(dataset, defect, chosen.trials().chosen(), validationLoss, workingSize, seed,
                normalImages, productionImages, anomalousImages, skippedImages, fixed, grid, tuned, tunedRuns,
                diagnostics, tunedPixels, detection, components, fusionRules, fusedImages, chosen, startAurocs);
    }

    /**
     * This report with each tuned start's image AUROC, of the scores its detector was judged by (the selection loss's
     * scores of the test images): whether judging chose the better start.
     */
    public EvaluationReport withStartAurocs(Map<Integer, Double> aurocs) {
        return new EvaluationReport(dataset, defect, family, validationLoss, workingSize, seed, normalImages,
                productionImages, anomalousImages, skippedImages, fixed, grid, tuned, tunedRuns, diagnostics,
                tunedPixels, detection, components, fusionRules, fusedImages, families, aurocs);
    }

    /**
     * How {@code --family auto} chose: the trials with their family-selection losses, and each trial detector's image
     * AUROC on the test labels (measured after the choice, never used by it), and the search's seconds.
     */
    public record Families(io.augtune.project.FamilyTrials trials, Map<String, Double> imageAurocs, double seconds) {
        public Families {
            imageAurocs = Map.copyOf(imageAurocs);
        }
    }

    /**
     * One image a fused detector scored, for analyses of fusion rules beyond those reported: held-back normals (which
     * put the parts on one scale) and test images with their labels.
     *
     * @param heldBack   a held-back normal image rather than a test image
     * @param group      the test folder (defect type or good); "good" for held-back images
     * @param anomalous  its label
     * @param score      the fused image score
     * @param mapMax     the fused map's maximum
     * @param components each component's z-score, by name
     */
    public record ScoredImage(boolean heldBack, String group, boolean anomalous, double score, double mapMax,
                              Map<String, Double> components) {
    }

    /**
     * What one part of a fused detector does alone: image AUROC of its own image score and pixel AUROC of its own map
     * (NaN without masks, or for a part without a map).
     */
    public record Component(double imageAuroc, double pixelAuroc) {
    }

    /** A whole-image report with these localisation metrics. */
    public EvaluationReport(String dataset, String defect, String family, String validationLoss, int workingSize,
                            long seed, int normalImages, int productionImages, int anomalousImages, int skippedImages,
                            Method fixed, Grid grid, Method tuned, List<TuningRun> tunedRuns,
                            Diagnostics diagnostics, PixelEvaluation.Result tunedPixels) {
        this(dataset, defect, family, validationLoss, workingSize, seed, normalImages, productionImages, anomalousImages,
                skippedImages, fixed, grid, tuned, tunedRuns, diagnostics, tunedPixels, "image");
    }

    /** A report without localisation metrics. */
    public EvaluationReport(String dataset, String defect, String family, String validationLoss, int workingSize,
                            long seed, int normalImages, int productionImages, int anomalousImages, int skippedImages,
                            Method fixed, Grid grid, Method tuned, List<TuningRun> tunedRuns,
                            Diagnostics diagnostics) {
        this(dataset, defect, family, validationLoss, workingSize, seed, normalImages, productionImages, anomalousImages,
                skippedImages, fixed, grid, tuned, tunedRuns, diagnostics, PixelEvaluation.Result.notRun());
    }

    /** One method's outcome: AUROC, seconds, the hyperparameters its detector was trained with. */
    public record Method(double imageAuroc, double seconds, Map<String, Double> hyperparameters,
                         double validationLoss) {
        public static Method notRun() {
            return new Method(Double.NaN, Double.NaN, Map.of(), Double.NaN);
        }
    }

    /**
     * Every grid point, the one selected by validation loss, and the oracle band.
     *
     * @param lossesByName every grid point's final validation loss under each known loss (same trained detectors),
     *                     so one grid compares the losses' ability to select
     */
    public record Grid(List<Method> points, int selected, double seconds, Map<String, List<Double>> lossesByName) {
        public Grid {
            lossesByName = Map.copyOf(lossesByName);
        }

        public Grid(List<Method> points, int selected, double seconds) {
            this(points, selected, seconds, Map.of());
        }

        public static Grid notRun() {
            return new Grid(List.of(), -1, Double.NaN);
        }

        /** AUROC of the grid point with the lowest loss of the given name; NaN if that loss was not measured. */
        public double selectedAurocBy(String loss) {
            List<Double> losses = lossesByName.get(loss);
            if (losses == null || losses.isEmpty()) {
                return Double.NaN;
            }
            int best = -1;
            for (int i = 0; i < losses.size(); i++) {
                if (Double.isFinite(losses.get(i)) && (best < 0 || losses.get(i) < losses.get(best))) {
                    best = i;
                }
            }
            return best < 0 ? Double.NaN : points.get(best).imageAuroc();
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
     * @param spearmanByLoss the same correlation for every known loss, on the same grid
     */
    public record Diagnostics(double spearman, Map<String, Map<String, Double>> sensitivity,
                              Map<String, Double> spearmanByLoss) {
        public Diagnostics {
            spearmanByLoss = Map.copyOf(spearmanByLoss);
        }

        public Diagnostics(double spearman, Map<String, Map<String, Double>> sensitivity) {
            this(spearman, sensitivity, Map.of());
        }
    }
}
