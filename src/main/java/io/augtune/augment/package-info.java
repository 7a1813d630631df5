/**
 * Layer 2: differentiable augmentations (CutDiff, Rotation, and the defect-like Line, CutPaste, Stain and Shading) as NDArray functions of unconstrained hyperparameter tensors, so gradients reach the hyperparameters. No JavaFX, no training loop.
 */
package io.augtune.augment;
