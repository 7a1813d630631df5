package io.augtune.workflow;

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
    static final int MIN_IMAGES_FOR_HOLDOUT = 5;

    public HoldoutSplit {
        train = List.copyOf(train);
        holdout = List.copyOf(holdout);
    }

    public static HoldoutSplit of(List<LoadedImage> normals, double fraction, long seed) {
        int held = normals.size() < MIN_IMAGES_FOR_HOLDOUT ? 0
                : (int) Math.min(normals.size() - 2, Math.max(1, Math.round(fraction * normals.size())));
        if (fraction <= 0) {
            held = 0;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < normals.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        List<Integer> heldIdx = new ArrayList<>(order.subList(0, held));
        Collections.sort(heldIdx);
        List<LoadedImage> train = new ArrayList<>();
        List<LoadedImage> holdout = new ArrayList<>();
        for (int i = 0; i < normals.size(); i++) {
            (heldIdx.contains(i) ? holdout : train).add(normals.get(i));
        }
        return new HoldoutSplit(train, holdout);
    }
}
