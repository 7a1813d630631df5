package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Range;
import io.augtune.project.Setting;

import java.math.BigDecimal;

/**
 * A setting as the form's text: written and read in the form's units (a fraction shows as a percentage), checked
 * against the setting's one range so that the form accepts exactly what the project accepts.
 */
final class SettingText {

    private SettingText() {
    }

    /** The text the form shows for this setting's value. */
    static String of(Setting setting, ProjectSettings settings) {
        Object value = setting.valueIn(settings);
        return switch (setting.kind()) {
            case WHOLE -> Long.toString(((Number) value).longValue());
            case DECIMAL -> new BigDecimal(Double.toString(((Number) value).doubleValue() * setting.displayScale()))
                    .stripTrailingZeros().toPlainString();
            case CHOICE, NAME -> (String) value;
        };
    }

    /** What is wrong with the text, or null when it is a valid value. */
    static String problem(Setting setting, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return setting.label() + " is required";
        }
        boolean whole = setting.kind() == Setting.Kind.WHOLE;
        if (!whole && setting.kind() != Setting.Kind.DECIMAL) {
            return null;
        }
        double value;
        try {
            value = whole ? Long.parseLong(trimmed) : Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return setting.label() + " must be " + (whole ? "a whole number" : "a number");
        }
        Range shown = setting.range().times(setting.displayScale());
        return shown.contains(value) ? null : setting.label() + " must be " + shown.inWords();
    }

    /** The record's value for a valid text, of the setting's type. */
    static Object valueOf(Setting setting, String text) {
        String trimmed = text.trim();
        if (setting.type() == Integer.class) {
            return Integer.parseInt(trimmed);
        }
        if (setting.type() == Long.class) {
            return Long.parseLong(trimmed);
        }
        if (setting.type() == Double.class) {
            return Double.parseDouble(trimmed) / setting.displayScale();
        }
        return trimmed;
    }
}
