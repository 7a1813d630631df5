package io.augtune.evaluation;

import io.augtune.scoring.ConnectedComponents;

/**
 * Area under the per-region-overlap (PRO) curve up to a false-positive rate of 0.3, normalised to [0, 1]: the
 * MVTec AD definition (Bergmann et al.), accumulated image by image.
 *
 * <ul>
 *   <li>Regions: connected components of each ground-truth mask with 8-connectivity (as in the MVTec evaluation
 *       code).</li>
 *   <li>At a threshold t, the overlap of a region is the fraction of its pixels with {@code score >= t}; PRO(t) is
 *       the mean overlap over all regions of all images, each region weighing the same whatever its size.</li>
 *   <li>FPR(t) is the fraction of all normal pixels (mask false, in defective and good images alike) with
 *       {@code score >= t}.</li>
 *   <li>The curve (FPR, PRO) starts at (0, 0) and is integrated by the trapezoid rule up to FPR 0.3, interpolating
 *       linearly at 0.3; the area is divided by 0.3.</li>
 * </ul>
 *
 * <p>Bounded memory: instead of per-region histograms, each defect pixel adds {@code 1/area(region)} to its score
 * bin, so the sum over bins at or above t divided by the number of regions is exactly PRO(t) at bin edges.
 * Thresholds are the edges of the adaptive {@code 2^16}-bin grid of {@link BinnedScores}; pixels within one bin width
 * are treated as tied.
 *
 * <p>Not thread-safe.
 */
public final class Aupro {
    /** The false-positive rate up to which the PRO curve is integrated. */
    public static final double MAX_FPR = 0.3;

    private final BinnedScores histogram = new BinnedScores(BinnedScores.DEFAULT_BINS);
    private long regionCount;

    /**
     * Add one image.
     *
     * @param map    anomaly map at mask resolution, row-major {@code [height*width]}, finite; higher = more anomalous
     * @param mask   ground truth, same layout, true = defect pixel
     * @param width  mask width
     * @param height mask height
     */
    public void add(double[] map, boolean[] mask, int width, int height) {
        Samples.check(map, mask);
        ConnectedComponents regions = ConnectedComponents.label(mask, width, height);
        histogram.include(PixelAuroc.min(map), PixelAuroc.max(map));
        for (int i = 0; i < map.length; i++) {
            int bin = histogram.binOf(map[i]);
            int region = regions.labelAt(i);
            if (region == 0) {
                histogram.addNegative(bin);
            } else {
                histogram.addPositive(bin, 1.0 / regions.area(region));
            }
        }
        regionCount += regions.count();
    }

    /** Number of ground-truth regions seen so far. */
    public long regionCount() {
        return regionCount;
    }

    /**
     * @return normalised AUPRO in [0, 1]
     * @throws MissingClassException if no defect region or no normal pixel was added
     */
    public double result() {
        double negatives = histogram.totalNegatives();
        if (negatives == 0 || regionCount == 0) {
            throw new MissingClassException("AUPRO", (long) negatives, regionCount);
        }
        double area = 0;
        double fpr = 0;
        double pro = 0;
        double negativesAbove = 0;
        double weightAbove = 0;
        for (int bin = histogram.bins() - 1; bin >= 0 && fpr < MAX_FPR; bin--) {
            negativesAbove += histogram.negatives(bin);
            weightAbove += histogram.positiveWeight(bin);
            double nextFpr = negativesAbove / negatives;
            double nextPro = Math.min(weightAbove / regionCount, 1.0);
            if (nextFpr > MAX_FPR) {
                nextPro = pro + (nextPro - pro) * (MAX_FPR - fpr) / (nextFpr - fpr);
                nextFpr = MAX_FPR;
            }
            area += (nextFpr - fpr) * (pro + nextPro) / 2;
            fpr = nextFpr;
            pro = nextPro;
        }
        return area / MAX_FPR;
    }
}
