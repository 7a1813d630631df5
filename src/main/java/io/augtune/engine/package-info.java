/**
 * Layer 3: the detector network, its training step, checkpoints, device choice and batched inference into DJL-free result records. Emits training events to a listener. No JavaFX.
 */
package io.augtune.engine;
