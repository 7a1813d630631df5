package io.augtune.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.Objects;

/** Which screen the main window shows, and which ones the user can reach so far. Holds no nodes. */
public final class Navigator {
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(Screen.WELCOME);
    private final ObservableSet<Screen> reachable = FXCollections.observableSet(EnumSet.of(Screen.WELCOME));
    private final ObservableSet<Screen> reachableView = FXCollections.unmodifiableObservableSet(reachable);

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    /** Screens the step bar lets the user jump to. */
    public ObservableSet<Screen> reachable() {
        return reachableView;
    }

    /** Shows a screen and makes it reachable from then on. */
    public void show(Screen screen) {
        Objects.requireNonNull(screen, "screen");
        reachable.add(screen);
        current.set(screen);
    }

    /** Lets the user reach a screen from the step bar without showing it now. */
    public void allow(Screen screen) {
        reachable.add(screen);
    }

    /** Forgets which screens were reached, e.g. when another project is opened; keeps the start screen. */
    public void resetReachable(Screen... keep) {
        reachable.retainAll(EnumSet.of(Screen.WELCOME));
        reachable.addAll(java.util.List.of(keep));
        reachable.add(current.get());
    }
}
