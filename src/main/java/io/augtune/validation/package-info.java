/**
 * Layer 2: the unsupervised validation losses (jointly normalised mean distance, Sinkhorn-Wasserstein) as pure NDArray math. No JavaFX, no training loop.
 */
package io.augtune.validation;
