/**
 * Layer 8: the use cases (open project, tune, score, export, evaluate) as jobs with progress, cancellation and results,
 * and their events: the one API the UI and the command line call. No JavaFX.
 */
package io.augtune.workflow;
