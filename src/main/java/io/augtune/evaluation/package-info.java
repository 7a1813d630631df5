/**
 * Layer 3: metrics on labelled data: image AUROC, pixel AUROC, AUPRO, F1-max, Spearman correlation. No JavaFX.
 */
package io.augtune.evaluation;
