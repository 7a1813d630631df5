/** The results screen: ranking table, filters, score histogram with editable thresholds, image detail. */
package io.augtune.ui.results;
