package io.augtune.ui.shell;

import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Map;

/** The row of steps under the menu (Start › Project › Tune › Results); reached steps can be clicked. */
final class StepBar {
    private final Navigator navigator;
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);

    StepBar(Navigator navigator) {
        this.navigator = navigator;
    }

    Node build(Node trailing) {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("step-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        int number = 0;
        for (Screen screen : Screen.values()) {
            if (number > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("step-arrow");
                bar.getChildren().add(arrow);
            }
            ToggleButton button = new ToggleButton(screen == Screen.WELCOME ? screen.title()
                    : number + "  " + screen.title());
            button.setId("step-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("step");
            button.setToggleGroup(group);
            button.setOnAction(event -> {
                navigator.show(screen);
                button.setSelected(true);
            });
            buttons.put(screen, button);
            // A disabled control shows no tooltip, so the reason sits on a holder around it.
            HBox holder = new HBox(button);
            Tooltip why = new Tooltip(whyUnreachable(screen));
            why.setWrapText(true);
            why.setMaxWidth(320);
            button.disableProperty().addListener((obs, was, disabled) -> {
                if (disabled) {
                    Tooltip.install(holder, why);
                } else {
                    Tooltip.uninstall(holder, why);
                }
            });
            bar.getChildren().add(holder);
            number++;
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, trailing);
        navigator.reachable().addListener((SetChangeListener<Screen>) change -> refresh());
        navigator.currentProperty().addListener((obs, old, now) -> refresh());
        refresh();
        return bar;
    }

    /** Why a step cannot be clicked yet, in the user's words. */
    static String whyUnreachable(Screen screen) {
        return switch (screen) {
            case TUNE -> "No tuning is running. Choose the folders on the Project step and press Tune "
                    + "(an opened project can be tuned again from there).";
            case RESULTS -> "Results appear when a tuning has finished, or when a project with results is opened.";
            case NEW_PROJECT -> "Start a new project or open one first.";
            default -> "";
        };
    }

    private void refresh() {
        buttons.forEach((screen, button) -> {
            button.setDisable(!navigator.reachable().contains(screen));
            button.setSelected(navigator.current() == screen);
        });
    }
}
