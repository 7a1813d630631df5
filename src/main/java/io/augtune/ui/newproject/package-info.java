/** The new-project screen: the two folders with background thumbnails and skipped files, and the settings form. */
package io.augtune.ui.newproject;
