/** The main window: menu bar, step bar, screen navigation, error dialogs and the app-wide view-model. */
package io.augtune.ui.shell;
