package io.augtune.ui.shell;

/** The screens of the main window, in the order a user meets them. */
public enum Screen {
    WELCOME("Start"),
    NEW_PROJECT("Project"),
    TUNE("Tune"),
    RESULTS("Results");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
