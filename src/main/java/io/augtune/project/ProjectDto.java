package io.augtune.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code project.json}: one Jackson-bound record per JSON object, never the domain records, so the
 * domain can change without changing the file. Every property name is explicit; unknown properties are ignored
 * (a newer app may add some); properties that must be present say {@code required = true}, nullable ones may be
 * absent. Enums are written as lower-case names, instants as ISO-8601 text, image paths with '/' separators.
 */
final class ProjectDto {
    private ProjectDto() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Root(
            @JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
            @JsonProperty("savedBy") String savedBy,
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "dataset", required = true) Dataset dataset,
            @JsonProperty(value = "settings", required = true) Settings settings,
            @JsonProperty(value = "manifest", required = true) List<ManifestItem> manifest,
            @JsonProperty("tuning") Tuning tuning,
            @JsonProperty(value = "scores", required = true) List<Score> scores,
            @JsonProperty("thresholds") Thresholds thresholds,
            @JsonProperty(value = "decisions", required = true) List<Decision> decisions,
            @JsonProperty("provenance") Provenance provenance,
            @JsonProperty("viewState") View viewState,
            @JsonProperty(value = "hasModel", required = true) boolean hasModel) {
    }

    /** A folder stored both ways; either may be null. See {@link FolderLocations}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Folder(@JsonProperty("relative") String relative, @JsonProperty("absolute") String absolute) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dataset(
            @JsonProperty(value = "normalFolder", required = true) Folder normalFolder,
            @JsonProperty(value = "productionFolder", required = true) Folder productionFolder,
            @JsonProperty(value = "recursive", required = true) boolean recursive) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(
            @JsonProperty(value = "family", required = true) String family,
            @JsonProperty(value = "workingSize", required = true) int workingSize,
            @JsonProperty(value = "seed", required = true) long seed,
            @JsonProperty(value = "budgetSeconds", required = true) int budgetSeconds,
            @JsonProperty(value = "starts", required = true) int starts,
            @JsonProperty(value = "validationLoss", required = true) String validationLoss,
            @JsonProperty(value = "warmupSteps", required = true) int warmupSteps,
            @JsonProperty(value = "detectorStepsPerHyperStep", required = true) int detectorStepsPerHyperStep,
            @JsonProperty(value = "hyperLearningRate", required = true) double hyperLearningRate,
            @JsonProperty(value = "batchSize", required = true) int batchSize,
            @JsonProperty(value = "thresholdPercentile", required = true) double thresholdPercentile,
            @JsonProperty(value = "holdoutFraction", required = true) double holdoutFraction,
            @JsonProperty(value = "variant", required = true) String variant,
            @JsonProperty("detection") String detection,
            @JsonProperty("patchScale") Double patchScale,
            @JsonProperty("patchStrides") Integer patchStrides,
            @JsonProperty("patchScorer") String patchScorer,
            @JsonProperty("backbone") String backbone,
            @JsonProperty("pretrainedFeatures") String pretrainedFeatures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManifestItem(
            @JsonProperty(value = "role", required = true) String role,
            @JsonProperty(value = "path", required = true) String path,
            @JsonProperty(value = "width", required = true) int width,
            @JsonProperty(value = "height", required = true) int height,
            @JsonProperty(value = "bytes", required = true) long bytes,
            @JsonProperty(value = "sha256", required = true) String sha256) {
    }

    /** {@code familyTrials} is absent when the settings named the family (and in files saved before auto). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tuning(
            @JsonProperty(value = "family", required = true) String family,
            @JsonProperty(value = "runs", required = true) List<Run> runs,
            @JsonProperty(value = "selectedStart", required = true) int selectedStart,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonProperty("familyTrials") FamilyChoice familyTrials) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FamilyChoice(
            @JsonProperty(value = "chosen", required = true) String chosen,
            @JsonProperty(value = "trials", required = true) List<Trial> trials,
            @JsonProperty(value = "decided", required = true) boolean decided,
            @JsonProperty(value = "reason", required = true) String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trial(
            @JsonProperty(value = "family", required = true) String family,
            @JsonProperty(value = "hyperparameters", required = true) Map<String, Double> hyperparameters,
            @JsonProperty(value = "loss", required = true) double loss) {
    }

    /** {@code selectionLoss} is absent when the run was not judged on production images (NaN in the record). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Run(
            @JsonProperty(value = "start", required = true) int start,
            @JsonProperty(value = "initialHyperparameters", required = true) Map<String, Double> initial,
            @JsonProperty(value = "finalHyperparameters", required = true) Map<String, Double> last,
            @JsonProperty(value = "finalValidationLoss", required = true) double finalValidationLoss,
            @JsonProperty(value = "trajectory", required = true) List<Point> trajectory,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonProperty("selectionLoss") Double selectionLoss) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(
            @JsonProperty(value = "start", required = true) int start,
            @JsonProperty(value = "step", required = true) int step,
            @JsonProperty(value = "phase", required = true) String phase,
            @JsonProperty(value = "trainLoss", required = true) double trainLoss,
            @JsonProperty(value = "validationLoss", required = true) double validationLoss,
            @JsonProperty(value = "hyperparameters", required = true) Map<String, Double> hyperparameters,
            @JsonProperty(value = "elapsedMillis", required = true) long elapsedMillis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(
            @JsonProperty(value = "path", required = true) String path,
            @JsonProperty(value = "score", required = true) double score,
            @JsonProperty("maxMapScore") Double maxMapScore,
            @JsonProperty(value = "width", required = true) int width,
            @JsonProperty(value = "height", required = true) int height,
            @JsonProperty(value = "sha256", required = true) String sha256,
            @JsonProperty("defectAreaPx") Integer defectAreaPx,
            @JsonProperty("defectBox") Box defectBox,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonProperty("components") java.util.Map<String, Double> components) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Box(
            @JsonProperty(value = "x", required = true) int x,
            @JsonProperty(value = "y", required = true) int y,
            @JsonProperty(value = "width", required = true) int width,
            @JsonProperty(value = "height", required = true) int height) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Thresholds(
            @JsonProperty(value = "fail", required = true) double fail,
            @JsonProperty("reviewLower") Double reviewLower,
            @JsonProperty(value = "rule", required = true) String rule,
            @JsonProperty(value = "userOverridden", required = true) boolean userOverridden) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(
            @JsonProperty(value = "path", required = true) String path,
            @JsonProperty(value = "verdict", required = true) String verdict,
            @JsonProperty("note") String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Provenance(
            @JsonProperty(value = "appVersion", required = true) String appVersion,
            @JsonProperty(value = "djlVersion", required = true) String djlVersion,
            @JsonProperty(value = "pytorchVersion", required = true) String pytorchVersion,
            @JsonProperty(value = "seed", required = true) long seed,
            @JsonProperty(value = "device", required = true) String device,
            @JsonProperty(value = "created", required = true) String created,
            @JsonProperty(value = "normalSetHash", required = true) String normalSetHash,
            @JsonProperty(value = "productionSetHash", required = true) String productionSetHash) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(
            @JsonProperty("selectedImage") String selectedImage,
            @JsonProperty("heatmapOpacity") Double heatmapOpacity) {
    }
}
