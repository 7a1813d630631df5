package io.augtune.ui.results;

import io.augtune.project.Verdict;
import javafx.scene.control.Label;

import java.util.Locale;

/** A small coloured label for a verdict: green pass, amber review, red fail. */
final class VerdictBadge {
    private VerdictBadge() {
    }

    static Label of(Verdict verdict) {
        Label badge = new Label(verdict.name().charAt(0) + verdict.name().substring(1).toLowerCase(Locale.ROOT));
        badge.getStyleClass().addAll("verdict-badge", "verdict-" + verdict.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
