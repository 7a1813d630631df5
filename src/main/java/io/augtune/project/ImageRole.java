package io.augtune.project;

/** Which of the project's two folders an image belongs to. */
public enum ImageRole {
    /** The folder of known-good images the detector trains on ({@code D_trn}). */
    NORMAL,
    /** The folder of unlabeled production images that are tuned against and scored ({@code D_val}). */
    PRODUCTION
}
