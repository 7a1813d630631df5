package io.augtune.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list of settings is the record's one description: it names every component once, reads each one, and the
 * record refuses every value outside a setting's range. A setting added to the list without its check, its builder
 * slot or its component fails here.
 */
class SettingsListTest {

    @Test
    void theListNamesEveryComponentOfTheRecordOnce() {
        Set<String> components = Arrays.stream(ProjectSettings.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> listed = Arrays.stream(Setting.values()).map(Setting::field).collect(Collectors.toSet());

        assertEquals(components, listed);
        assertEquals(Setting.values().length, listed.size());
        assertEquals(Setting.values().length,
                Arrays.stream(Setting.values()).map(Setting::option).distinct().count(), "options are distinct");
    }

    @Test
    void theProjectFileNamesEachSettingByItsField() {
        // a record component's annotation lands on its field, where Jackson reads it
        Set<String> inFile = Arrays.stream(ProjectDto.Settings.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(f -> f.getAnnotation(JsonProperty.class).value()).collect(Collectors.toSet());

        assertEquals(Arrays.stream(Setting.values()).map(Setting::field).collect(Collectors.toSet()), inFile);
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void eachSettingReadsItsOwnComponent(Setting setting) throws ReflectiveOperationException {
        ProjectSettings defaults = ProjectSettings.defaults();
        RecordComponent component = Arrays.stream(ProjectSettings.class.getRecordComponents())
                .filter(c -> c.getName().equals(setting.field())).findFirst().orElseThrow();

        assertEquals(component.getAccessor().invoke(defaults), setting.valueIn(defaults));
        assertTrue(setting.type().isInstance(setting.valueIn(defaults)), setting + " holds a " + setting.type());
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void theBuilderCarriesEachSettingToTheRecord(Setting setting) {
        Object other = otherValidValue(setting);
        assertNotEquals(setting.valueIn(ProjectSettings.defaults()), other, "the test needs a value to change to");

        ProjectSettings changed = ProjectSettings.builder().set(setting, other).build();

        assertEquals(other, setting.valueIn(changed));
        for (Setting rest : Setting.values()) {
            if (rest != setting) {
                assertEquals(rest.valueIn(ProjectSettings.defaults()), rest.valueIn(changed), rest.field());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void theRecordRefusesAValueJustOutsideTheRangeNamingTheField(Setting setting) {
        Object outside = invalidValue(setting);
        if (outside == null) {
            return; // a seed: every long is a seed
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProjectSettings.builder().set(setting, outside).build());

        assertTrue(e.getMessage().startsWith(setting.field() + " must"), e.getMessage());
    }

    @Test
    void rangesAreWrittenTheWayMessagesAndHelpShowThem() {
        assertEquals(Map.of("16..1024", "workingSize", "(0, 100]", "thresholdPercentile", "[0, 1)",
                        "holdoutFraction"),
                Map.of(Setting.WORKING_SIZE.range().toString(), "workingSize",
                        Setting.THRESHOLD_PERCENTILE.range().toString(), "thresholdPercentile",
                        Setting.HOLDOUT_FRACTION.range().toString(), "holdoutFraction"));
    }

    /** A value in range that differs from the default and joins no cross-field check. */
    private static Object otherValidValue(Setting setting) {
        return switch (setting.kind()) {
            case WHOLE -> box(setting, setting.range().max());
            case DECIMAL -> setting.range().maxIncluded() ? setting.range().max() : setting.range().min();
            case CHOICE -> setting.choices().get(setting.choices().size() - 1);
            case NAME -> "x-test";
        };
    }

    private static Object invalidValue(Setting setting) {
        Range range = setting.range();
        return switch (setting.kind()) {
            case WHOLE -> range.min() <= Long.MIN_VALUE ? null : box(setting, range.min() - 1);
            case DECIMAL -> range.minIncluded() ? Math.nextDown(range.min()) : range.min();
            case CHOICE -> "no-such-choice";
            case NAME -> "Not A Name";
        };
    }

    private static Object box(Setting setting, double value) {
        return setting.type() == Long.class ? (Object) (long) value : (Object) (int) value;
    }
}
