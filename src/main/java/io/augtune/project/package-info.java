/**
 * Layer 1: the project as immutable records (data set spec, augmentation space, settings, run provenance, results) and its JSON persistence through package-private DTOs with a schema version. No JavaFX, no DJL.
 */
package io.augtune.project;
