package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.project.Setting;
import io.augtune.validation.ValidationLosses;

import java.util.List;

/**
 * The names a project's settings choose from: augmentation families and validation losses. Front ends check a
 * user's choice against these lists, which come from the tuner itself, so a new family or loss needs no change
 * in the form or the command line.
 */
public final class TuningChoices {

    private TuningChoices() {
    }

    /**
     * The augmentation families a project can ask for, in a stable order: {@code auto} (try every family, keep the
     * one that explains the production images best), then each family.
     */
    public static List<String> augmentationFamilies() {
        List<String> out = new java.util.ArrayList<>();
        out.add(FamilySearch.AUTO);
        out.addAll(Augmentations.families());
        return List.copyOf(out);
    }

    /** The validation losses tuning can minimise, in a stable order. */
    public static List<String> validationLosses() {
        return ValidationLosses.names();
    }

    /**
     * The names a front end offers for a named setting, in the order a user sees them: the tuner's families and
     * losses, the setting's own list for the rest (empty for numbers).
     */
    public static List<String> offered(Setting setting) {
        return switch (setting) {
            case FAMILY -> augmentationFamilies();
            case VALIDATION_LOSS -> validationLosses();
            default -> setting.choices();
        };
    }
}
