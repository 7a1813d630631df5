/**
 * Layer 2: differentiable augmentations (CutDiff, Rotation, ...) as NDArray functions of unconstrained hyperparameter tensors, so gradients reach the hyperparameters. No JavaFX, no training loop.
 */
package io.augtune.augment;
