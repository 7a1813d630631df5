package io.augtune.cli;

import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningResult;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lines {@code tune} and {@code report} print about how {@code --family auto} chose the family: the family kept
 * with every family's separation (one minus its selection loss: how well its trial detector told production images
 * from held-back normal ones, 0.50 being chance), then the search's reason.
 */
final class FamilyChoiceLines {
    private FamilyChoiceLines() {
    }

    /** The two lines, or none when the settings named the family (or nothing was tuned). */
    static List<String> of(TuningResult tuning) {
        if (tuning == null || tuning.familyTrials() == null) {
            return List.of();
        }
        FamilyTrials search = tuning.familyTrials();
        String separations = search.trials().stream()
                .map(t -> String.format(Locale.ROOT, "%s %.2f%s", t.family(), 1 - t.loss(),
                        t.family().equals(search.chosen()) ? " (kept)" : ""))
                .collect(Collectors.joining(", "));
        return List.of("family " + search.chosen() + " chosen automatically"
                        + (search.decided() ? "" : " (not clear-cut)")
                        + "; separation of production from held-back normal images per family tried: " + separations,
                "family choice: " + search.reason());
    }
}
