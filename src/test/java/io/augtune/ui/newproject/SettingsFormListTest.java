package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.workflow.TuningChoices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The form is made from the list of settings: each one has a field whose text reaches the record, refuses what the
 * record refuses and accepts the ends of the record's range. A setting added to the list needs nothing here.
 */
class SettingsFormListTest {

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aValueTypedInTheFormReachesTheSettings(Setting setting) {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        ProjectSettings other = ProjectSettings.builder().set(setting, otherValue(setting)).build();

        form.textProperty(setting).set(SettingText.of(setting, other));

        assertEquals(setting.valueIn(other), setting.valueIn(form.toSettings()));
    }

    @ParameterizedTest
    @EnumSource(value = Setting.Kind.class, names = {"WHOLE", "DECIMAL"})
    void theFormAcceptsExactlyTheRecordsRange(Setting.Kind kind) {
        SettingsFormModel form = new SettingsFormModel(ProjectSettings.defaults());
        for (Setting setting : Setting.values()) {
            if (setting.kind() != kind || setting.range().min() <= Long.MIN_VALUE) {
                continue;
            }
            double scale = setting.displayScale();
            double min = setting.range().min() * scale;
            form.textProperty(setting).set(kind == Setting.Kind.WHOLE ? Long.toString((long) min - 1)
                    : Double.toString(setting.range().minIncluded() ? min - 1e-9 : min));
            assertNotNull(form.problem(setting), setting + " below its range");
            if (setting.range().maxIncluded()) {
                form.textProperty(setting).set(kind == Setting.Kind.WHOLE
                        ? Long.toString((long) setting.range().max()) : Double.toString(setting.range().max() * scale));
                assertNull(form.problem(setting), setting + " at the top of its range");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aNamedSettingOffersAtLeastOneName(Setting setting) {
        if (setting.kind() == Setting.Kind.CHOICE || setting.kind() == Setting.Kind.NAME) {
            assertFalse(TuningChoices.offered(setting).isEmpty(), setting.toString());
        }
    }

    private static Object otherValue(Setting setting) {
        return switch (setting.kind()) {
            case WHOLE -> setting.type() == Long.class ? (Object) 7L : (Object) (int) setting.range().max();
            case DECIMAL -> setting.range().maxIncluded() ? setting.range().max() : setting.range().min();
            case CHOICE, NAME -> TuningChoices.offered(setting).get(TuningChoices.offered(setting).size() - 1);
        };
    }
}
