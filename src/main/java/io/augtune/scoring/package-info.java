/**
 * Layer 3: Gaussian (Ledoit-Wolf) Mahalanobis scores, ranking, threshold proposal, heatmap maps and colouring. Sees only DJL-free records; no JavaFX, no DJL.
 */
package io.augtune.scoring;
