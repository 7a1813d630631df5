package io.augtune.ui.newproject;

import io.augtune.augment.Augmentations;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.workflow.TuningChoices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SettingsFormFamiliesTest {

    @Test
    void theFormOffersAutoThenExactlyTheFamiliesTheAugmentationsKnowInTheSameOrder() {
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("auto"));
        expected.addAll(Augmentations.families());
        assertEquals(expected, TuningChoices.offered(Setting.FAMILY));
    }

    @Test
    void everyFamilyIsShownInWordsRatherThanItsIdentifier() {
        for (String family : TuningChoices.offered(Setting.FAMILY)) {
            assertNotEquals(family, SettingsFormView.displayName(family));
        }
        assertEquals("Scratch or crack (thin line)", SettingsFormView.displayName(ProjectSettings.FAMILY_LINE));
    }

    @Test
    void aNewFamilyChosenInTheFormReachesTheSettings() {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        for (String family : TuningChoices.offered(Setting.FAMILY)) {
            form.textProperty(Setting.FAMILY).set(family);
            assertEquals(family, form.toSettings().family());
        }
    }
}
