package io.augtune.model;

import io.augtune.imaging.LoadedImage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Normal images split into those the detector trains on and those held back to propose a threshold without labels.
 * The split is a seeded shuffle, so it is the same every time for the same folder and seed. Below five images
 * nothing is held back (the threshold then comes from the training images, which is stated in its rule).
 */
public record HoldoutSplit(List<LoadedImage> train, List<LoadedImage> holdout) {
    public static final int MIN_IMAGES_FOR_HOLDOUT = 5;

    public HoldoutSplit {
        train = List.copyOf(train);
        holdout = List.copyOf(holdout);
    }

    public static HoldoutSplit of(List<LoadedImage> normals, double fraction, long seed) {
        boolean[] held = heldBack(normals.size(), fraction, seed);
        List<LoadedImage> train = new ArrayList<>();
        List<LoadedImage> holdout = new ArrayList<>();
        for (int i = 0; i < normals.size(); i++) {
            (held[i] ? holdout : train).add(normals.get(i));
        }
        return new HoldoutSplit(train, holdout);
    }

    /** Which of {@code n} normal images are held back (the rule of {@link #of}, for images held in other forms). */
    public static boolean[] heldBack(int n, double fraction, long seed) {
        int held = n < MIN_IMAGES_FOR_HOLDOUT || fraction <= 0 ? 0
                : (int) Math.min(n - 2, Math.max(1, Math.round(fraction * n)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        boolean[] out = new boolean[n];
        for (int i : order.subList(0, held)) {
            out[i] = true;
        }
        return out;
    }
}
