package io.augtune.ui.results;

import io.augtune.project.FamilyTrial;
import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningResult;
import io.augtune.ui.widgets.SettingNames;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How {@code auto} chose the augmentation family, as the results screen shows it: the family kept, the search's
 * reason, and every family tried with its separation (how well its trial detector told production images from
 * held-back normal ones, 0.5 being chance), best first.
 *
 * @param title   e.g. "Augmentation: Scratch or crack (thin line), chosen automatically"
 * @param reason  the search's own words on what was kept and how sure that is
 * @param decided false when the choice was a close call or no family saw anything
 * @param rows    the families tried, best separation first
 */
public record FamilyChoiceSummary(String title, String reason, boolean decided, List<Row> rows) {
    public FamilyChoiceSummary {
        rows = List.copyOf(rows);
    }

    /**
     * One family tried.
     *
     * @param name       the family in words
     * @param setting    the family's setting value, as the reason names it (e.g. {@code line})
     * @param separation one minus its selection loss, two decimals
     * @param kept       whether this is the family that was tuned
     */
    public record Row(String name, String setting, String separation, boolean kept) {
    }

    /** The search's reason says so when an inspector's decisions judged the trials (a retune). */
    private static final String BY_DECISIONS = "confirmed defect";

    /** What the separation column measured: the production images, or the inspector's decisions on a retune. */
    public String separationMeaning() {
        return "Separation: how well a short trial detector of each family " + (reason.contains(BY_DECISIONS)
                ? "ranked your confirmed defects above your good parts and held-back normal images"
                : "told the production images from held-back normal ones") + " (1.00 perfectly, 0.50 no better "
                + "than chance).";
    }

    /** How {@code TuningResult.undecided()} begins when the family choice was not clear-cut. */
    private static final String NOT_CLEAR_CUT = "The choice of augmentation was not clear-cut: ";

    /**
     * The results screen's warning about a tuning ("" for none): {@code TuningResult.undecided()}, less the family
     * search's reason when it leads, since the family card shows that reason already, marked as not clear-cut.
     */
    public static String noteOf(TuningResult tuning) {
        String note = tuning == null ? "" : tuning.undecided().orElse("");
        String family = tuning == null || tuning.familyTrials() == null ? null
                : NOT_CLEAR_CUT + tuning.familyTrials().reason();
        return family != null && note.startsWith(family) ? note.substring(family.length()).strip() : note;
    }

    /** The summary of a tuning whose family {@code auto} chose; null when the settings named it or none ran. */
    public static FamilyChoiceSummary of(TuningResult tuning) {
        if (tuning == null || tuning.familyTrials() == null) {
            return null;
        }
        FamilyTrials search = tuning.familyTrials();
        List<Row> rows = search.trials().stream().sorted(Comparator.comparingDouble(FamilyTrial::loss))
                .map(t -> new Row(SettingNames.of(t.family()), t.family(),
                        String.format(Locale.ROOT, "%.2f", 1 - t.loss()), t.family().equals(search.chosen())))
                .toList();
        return new FamilyChoiceSummary("Augmentation: " + SettingNames.of(search.chosen()) + ", chosen automatically",
                search.reason(), search.decided(), rows);
    }
}
