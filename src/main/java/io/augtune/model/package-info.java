/**
 * Layer 6: the trained model (detector, Gaussians and localiser, with what describes them), fitting and calibrating it
 * on held-back normals, and its files on disk. No JavaFX.
 */
package io.augtune.model;
