package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The tuning settings as the form edits them: one text per {@link Setting} (so a half-typed number can be shown as
 * wrong; a choice's text is its name). Settings the form does not show keep the loaded project's value.
 * {@link #toSettings()} builds the validated record.
 */
public final class SettingsFormModel {
    private final Map<Setting, StringProperty> texts = new EnumMap<>(Setting.class);
    private final StringBinding firstProblem;
    private final BooleanBinding valid;
    private ProjectSettings base;

    public SettingsFormModel(ProjectSettings initial) {
        for (Setting setting : Setting.values()) {
            texts.put(setting, new SimpleStringProperty(""));
        }
        load(initial);
        texts.get(Setting.DETECTION).addListener((o, before, now) -> followDetection(before, now));
        firstProblem = Bindings.createStringBinding(this::computeFirstProblem,
                texts.values().toArray(Observable[]::new));
        valid = firstProblem.isEmpty();
    }

    /** Shows the given settings in the form. */
    public void load(ProjectSettings settings) {
        base = settings;
        texts.forEach((setting, text) -> text.set(SettingText.of(setting, settings)));
    }

    /**
     * Frozen detection reads the working size as the images' shorter side, and the trained detectors' default of 64
     * pixels would hide small defects from it: switching to or from it swaps the two defaults, and leaves a size the
     * user typed alone.
     */
    private void followDetection(String before, String now) {
        StringProperty size = texts.get(Setting.WORKING_SIZE);
        String trainedDefault = String.valueOf(ProjectSettings.defaults().workingSize());
        String frozenDefault = String.valueOf(ProjectSettings.FROZEN_WORKING_SIZE);
        if (ProjectSettings.DETECTION_FROZEN.equals(now) && trainedDefault.equals(size.get())) {
            size.set(frozenDefault);
        } else if (ProjectSettings.DETECTION_FROZEN.equals(before) && !ProjectSettings.DETECTION_FROZEN.equals(now)
                && frozenDefault.equals(size.get())) {
            size.set(trainedDefault);
        }
    }

    /** Puts every field back to the app's defaults. */
    public void resetToDefaults() {
        load(ProjectSettings.defaults());
    }

    /** The setting's text: digits for a number (in the form's units), the name for a choice. */
    public StringProperty textProperty(Setting setting) {
        return texts.get(setting);
    }

    /** What is wrong with one field, or null. */
    public String problem(Setting setting) {
        return SettingText.problem(setting, texts.get(setting).get());
    }

    /** The first problem of the form in field order, or empty when the form is valid. */
    public StringBinding firstProblemBinding() {
        return firstProblem;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    /** The validated settings; throws IllegalArgumentException naming the first wrong field. */
    public ProjectSettings toSettings() {
        String problem = computeFirstProblem();
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        ProjectSettings.Builder builder = base.toBuilder();
        texts.forEach((setting, text) -> builder.set(setting, SettingText.valueOf(setting, text.get())));
        return builder.build();
    }

    /*
     * The checks that join two settings repeat the record's in the form's words, so that the form can say which
     * field to change before the record is built.
     */
    private String computeFirstProblem() {
        for (Setting setting : Setting.values()) {
            String problem = problem(setting);
            if (problem != null) {
                return problem;
            }
        }
        long size = longOf(Setting.WORKING_SIZE);
        long strides = longOf(Setting.PATCH_STRIDES);
        String detection = texts.get(Setting.DETECTION).get();
        if ((ProjectSettings.DETECTION_PATCHES.equals(detection) || ProjectSettings.DETECTION_FUSED.equals(detection))
                && size % strides != 0) {
            return Setting.PATCH_STRIDES.label() + " must divide the working size " + size;
        }
        if (ProjectSettings.DETECTION_FROZEN.equals(detection) && size % ProjectSettings.PRETRAINED_SIZE_STEP != 0) {
            return "Pretrained patches need a working size that is a multiple of "
                    + ProjectSettings.PRETRAINED_SIZE_STEP;
        }
        if (ProjectSettings.BACKBONE_PRETRAINED.equals(texts.get(Setting.BACKBONE).get())
                && size % ProjectSettings.PRETRAINED_SIZE_STEP != 0) {
            return "Pretrained features need a working size that is a multiple of "
                    + ProjectSettings.PRETRAINED_SIZE_STEP;
        }
        return "";
    }

    private long longOf(Setting setting) {
        return ((Number) SettingText.valueOf(setting, texts.get(setting).get())).longValue();
    }
}
