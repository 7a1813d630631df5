package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tuning settings as the form edits them: text per numeric field (so a half-typed value can be shown as wrong),
 * choices for the augmentation family and the validation loss. {@link #toSettings()} builds the validated record.
 */
public final class SettingsFormModel {
    /** Families the app offers, by their {@link ProjectSettings} names. */
    public static final List<String> FAMILIES = List.of(ProjectSettings.FAMILY_CUTDIFF,
            ProjectSettings.FAMILY_ROTATION, ProjectSettings.FAMILY_LINE, ProjectSettings.FAMILY_CUTPASTE,
            ProjectSettings.FAMILY_STAIN, ProjectSettings.FAMILY_SHADING);
    public static final List<String> BACKBONES = List.of(ProjectSettings.BACKBONE_SCRATCH,
            ProjectSettings.BACKBONE_PRETRAINED);
    public static final List<String> PATCH_SCORERS = List.of(ProjectSettings.SCORER_KNN,
            ProjectSettings.SCORER_GAUSSIAN);
    public static final List<String> LOSSES = List.of(ProjectSettings.LOSS_UNEXPLAINED_DISTANCE,
            ProjectSettings.LOSS_MEAN_DISTANCE, ProjectSettings.LOSS_SINKHORN, ProjectSettings.LOSS_UNEXPLAINED_NEAREST);

    private final ObjectProperty<String> family = new SimpleObjectProperty<>();
    private final ObjectProperty<String> validationLoss = new SimpleObjectProperty<>();
    private final ObjectProperty<String> detection = new SimpleObjectProperty<>();
    private final ObjectProperty<String> patchScorer = new SimpleObjectProperty<>();
    private final ObjectProperty<String> backbone = new SimpleObjectProperty<>();
    private final Map<SettingField, StringProperty> texts = new EnumMap<>(SettingField.class);
    private final StringBinding firstProblem;
    private final BooleanBinding valid;
    private ProjectSettings base;

    public SettingsFormModel(ProjectSettings initial) {
        for (SettingField field : SettingField.values()) {
            texts.put(field, new SimpleStringProperty(""));
        }
        load(initial);
        List<Observable> dependencies = new ArrayList<>(texts.values());
        dependencies.add(family);
        dependencies.add(validationLoss);
        dependencies.add(detection);
        dependencies.add(patchScorer);
        dependencies.add(backbone);
        detection.addListener((o, before, now) -> followDetection(before, now));
        firstProblem = Bindings.createStringBinding(this::computeFirstProblem, dependencies.toArray(Observable[]::new));
        valid = firstProblem.isEmpty();
    }

    /** Shows the given settings in the form. */
    public void load(ProjectSettings settings) {
        base = settings;
        family.set(settings.family());
        validationLoss.set(settings.validationLoss());
        detection.set(settings.detection());
        patchScorer.set(settings.patchScorer());
        backbone.set(settings.backbone());
        texts.forEach((field, text) -> text.set(field.textOf(settings)));
    }

    /**
     * Frozen detection reads the working size as the images' shorter side, and the trained detectors' default of 64
     * pixels would hide small defects from it: switching to or from it swaps the two defaults, and leaves a size the
     * user typed alone.
     */
    private void followDetection(String before, String now) {
        StringProperty size = texts.get(SettingField.WORKING_SIZE);
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

    public ObjectProperty<String> familyProperty() {
        return family;
    }

    public ObjectProperty<String> validationLossProperty() {
        return validationLoss;
    }

    public ObjectProperty<String> detectionProperty() {
        return detection;
    }

    public ObjectProperty<String> backboneProperty() {
        return backbone;
    }

    public ObjectProperty<String> patchScorerProperty() {
        return patchScorer;
    }

    public StringProperty textProperty(SettingField field) {
        return texts.get(field);
    }

    /** What is wrong with one field, or null. */
    public String problem(SettingField field) {
        return field.problem(texts.get(field).get());
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
        return base.toBuilder()
                .family(family.get())
                .validationLoss(validationLoss.get())
                .workingSize((int) longOf(SettingField.WORKING_SIZE))
                .budgetSeconds((int) longOf(SettingField.BUDGET_SECONDS))
                .seed(longOf(SettingField.SEED))
                .starts((int) longOf(SettingField.STARTS))
                .warmupSteps((int) longOf(SettingField.WARMUP_STEPS))
                .detectorStepsPerHyperStep((int) longOf(SettingField.DETECTOR_STEPS))
                .hyperLearningRate(doubleOf(SettingField.HYPER_LEARNING_RATE))
                .batchSize((int) longOf(SettingField.BATCH_SIZE))
                .thresholdPercentile(doubleOf(SettingField.THRESHOLD_PERCENTILE))
                .holdoutFraction(doubleOf(SettingField.HOLDOUT_PERCENT) / 100.0)
                .detection(detection.get())
                .patchScorer(patchScorer.get())
                .backbone(backbone.get())
                .patchScale(doubleOf(SettingField.PATCH_SCALE_PERCENT) / 100.0)
                .patchStrides((int) longOf(SettingField.PATCH_STRIDES))
                .build();
    }

    private String computeFirstProblem() {
        if (family.get() == null) {
            return "Choose an augmentation family";
        }
        if (validationLoss.get() == null) {
            return "Choose a validation loss";
        }
        if (detection.get() == null) {
            return "Choose how images are looked at";
        }
        if (backbone.get() == null) {
            return "Choose the detector's features";
        }
        if (patchScorer.get() == null) {
            return "Choose a patch scorer";
        }
        for (SettingField field : SettingField.values()) {
            String problem = problem(field);
            if (problem != null) {
                return problem;
            }
        }
        long size = longOf(SettingField.WORKING_SIZE);
        long strides = longOf(SettingField.PATCH_STRIDES);
        if ((ProjectSettings.DETECTION_PATCHES.equals(detection.get())
                || ProjectSettings.DETECTION_FUSED.equals(detection.get())) && size % strides != 0) {
            return SettingField.PATCH_STRIDES.label() + " must divide the working size " + size;
        }
        if (ProjectSettings.DETECTION_FROZEN.equals(detection.get())
                && size % ProjectSettings.PRETRAINED_SIZE_STEP != 0) {
            return "Pretrained patches need a working size that is a multiple of "
                    + ProjectSettings.PRETRAINED_SIZE_STEP;
        }
        if (ProjectSettings.BACKBONE_PRETRAINED.equals(backbone.get())
                && size % ProjectSettings.PRETRAINED_SIZE_STEP != 0) {
            return "Pretrained features need a working size that is a multiple of "
                    + ProjectSettings.PRETRAINED_SIZE_STEP;
        }
        return "";
    }

    private long longOf(SettingField field) {
        return field.longValue(texts.get(field).get());
    }

    private double doubleOf(SettingField field) {
        return field.doubleValue(texts.get(field).get());
    }
}
