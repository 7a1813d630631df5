package io.augtune.ui.shell;

/** Shows failures to the user: dialogs in the app, a list in tests. */
@FunctionalInterface
public interface ErrorReporter {
    void report(UserError error);
}
