/**
 * Layer 7: evaluation on labelled data: the metrics (image AUROC, pixel AUROC, AUPRO, F1-max, Spearman correlation),
 * the MVTec-style data set with its ground-truth masks, the pixel evaluation of a localiser, and the evaluation report
 * with its JSON. No JavaFX.
 */
package io.augtune.evaluation;
