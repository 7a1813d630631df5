package io.augtune.validation;

import ai.djl.ndarray.NDArray;

/**
 * An unsupervised validation loss comparing "normal ∪ augmented" with unlabeled production data in embedding space
 *. Lower is better: the augmentation resembles what the production data contains.
 */
public interface ValidationLoss {

    /** Stable name, e.g. {@code mean-distance}, {@code sinkhorn}. */
    String name();

    /**
     * @param zTrn embeddings of normal images {@code [n1, d]} (constant)
     * @param zAug embeddings of augmented normal images {@code [n2, d]} (carries gradient)
     * @param zVal embeddings of production images {@code [n3, d]} (constant)
     * @return scalar loss, attached to zAug's manager
     */
    NDArray compute(NDArray zTrn, NDArray zAug, NDArray zVal);
}
