/**
 * Layer 5: the use cases (open project, tune, score, export, evaluate) as jobs with progress, cancellation and results: the one API the UI and the command line call. No JavaFX.
 */
package io.augtune.workflow;
