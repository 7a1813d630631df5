/**
 * Layer 5: localisers, which turn images into anomaly maps (per-position Gaussians of the trained detector's features,
 * a patch grid, frozen pretrained features, or these fused), the detection plan and tiling that choose their input,
 * and the facts read off a map. Knows nothing of the saved model, so that the model can hold any of them. No JavaFX.
 */
package io.augtune.localise;
