/**
 * Layer 4: the alternating end-to-end tuning loop (warm-up, detector steps, hyperparameter steps), multi-start selection and the grid baseline, with events and history. No JavaFX.
 */
package io.augtune.tuning;
