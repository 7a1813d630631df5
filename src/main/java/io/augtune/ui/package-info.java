/**
 * Layer 6: the JavaFX desktop application: views, view-models and the single bridge to the FX thread. Never imports DJL or Jackson.
 */
package io.augtune.ui;
