/**
 * Layer 6: the headless command line (picocli). Never imports JavaFX.
 */
package io.augtune.cli;
