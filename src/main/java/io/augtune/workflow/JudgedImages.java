package io.augtune.workflow;

import io.augtune.common.Raster;
import io.augtune.evaluation.Auroc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The images a family trial or a tuning start is judged on, and which of them should rank high: without decisions,
 * the production images against held-back normal images (the separation estimates the order of the detectors'
 * AUROCs, since a partly defective folder ranks above normals by {@code (1 - p) / 2 + p * AUROC}); with an
 * inspector's decisions, the confirmed defects against the confirmed good parts and the held-back normals (the
 * AUROC itself, on the parts someone looked at).
 *
 * @param images   every judged image, the ones that should rank high marked in {@code positive}
 * @param positive per image: a production image, or a confirmed defect
 * @param what     the comparison in words, for the reason of a choice
 * @param counted  the two kinds of image, in words with {@code %d} for their numbers (those ranking high first)
 */
record JudgedImages(List<Raster> images, boolean[] positive, String what, String counted) {
    JudgedImages {
        images = List.copyOf(images);
        positive = positive.clone();
        if (positive.length != images.size()) {
            throw new IllegalArgumentException(positive.length + " labels for " + images.size() + " images");
        }
    }

    private static final String DECIDED_COUNTS = "%d confirmed defects and %d good or held-back parts";

    /** Production images against held-back normal images: the label-free comparison. */
    static JudgedImages production(List<Raster> reference, List<Raster> production) {
        return of(reference, production, "told the production images from held-back normal ones",
                "%d production and %d held-back normal images");
    }

    /** Confirmed defects against confirmed good parts and held-back normal images. */
    static JudgedImages decided(List<Raster> reference, List<Raster> good, List<Raster> defects) {
        List<Raster> negatives = new ArrayList<>(reference);
        negatives.addAll(good);
        return of(negatives, defects, String.format(Locale.ROOT, "ranked your %d confirmed defect%s above your %d "
                + "good part%s and the held-back normal images", defects.size(), defects.size() == 1 ? "" : "s",
                good.size(), good.size() == 1 ? "" : "s"), DECIDED_COUNTS);
    }

    private static JudgedImages of(List<Raster> negatives, List<Raster> positives, String what, String counted) {
        List<Raster> all = new ArrayList<>(negatives);
        all.addAll(positives);
        boolean[] labels = new boolean[all.size()];
        Arrays.fill(labels, negatives.size(), labels.length, true);
        return new JudgedImages(all, labels, what, counted);
    }

    @Override
    public boolean[] positive() {
        return positive.clone();
    }

    int positives() {
        int n = 0;
        for (boolean p : positive) {
            n += p ? 1 : 0;
        }
        return n;
    }

    int negatives() {
        return positive.length - positives();
    }

    /** Whether an inspector's decisions say which images should rank high (else: all production images). */
    boolean byDecisions() {
        return DECIDED_COUNTS.equals(counted);
    }

    /** How many images of each kind were judged, in words. */
    String counts() {
        return String.format(Locale.ROOT, counted, positives(), negatives());
    }

    /** Whether a comparison is possible: one image that should rank high and two that should not, at least. */
    boolean usable() {
        return positives() >= 1 && negatives() >= 2;
    }

    /** One minus the AUROC of {@code scores} (one per judged image): lower ranks the positives higher. */
    double loss(double[] scores) {
        return 1 - Auroc.of(scores, positive);
    }

    /** The scores of the positives, in order (the production images' scores for the label-free comparison). */
    double[] positiveScores(double[] scores) {
        double[] out = new double[positives()];
        int k = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                out[k++] = scores[i];
            }
        }
        return out;
    }
}
