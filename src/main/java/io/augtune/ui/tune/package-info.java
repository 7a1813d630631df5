/** The live tuning screen: progress, pause and cancel, augmented examples and bounded live charts. */
package io.augtune.ui.tune;
