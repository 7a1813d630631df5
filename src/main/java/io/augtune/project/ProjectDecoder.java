package io.augtune.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns {@link ProjectDto}s back into validated domain records. Bad content surfaces as the records' own
 * IllegalArgumentException or NullPointerException naming the field; {@link ProjectJson} reports it with the file.
 */
final class ProjectDecoder {
    private ProjectDecoder() {
    }

    static Project decode(ProjectDto.Root r, Path projectDir, List<String> warnings) {
        ProjectDto.View view = r.viewState();
        return new Project(r.name(), dataset(required(r.dataset(), "dataset"), projectDir, warnings),
                settings(required(r.settings(), "settings")),
                required(r.manifest(), "manifest").stream().map(ProjectDecoder::manifestEntry).toList(),
                r.tuning() == null ? null : tuning(r.tuning()),
                required(r.scores(), "scores").stream().map(ProjectDecoder::score).toList(),
                r.thresholds() == null ? null : thresholds(r.thresholds()),
                required(r.decisions(), "decisions").stream().map(d -> new UserDecision(d.path(),
                        constant(Verdict.class, d.verdict(), "verdict"), d.note())).toList(),
                r.provenance() == null ? null : provenance(r.provenance()),
                view == null ? ViewState.initial() : new ViewState(view.selectedImage(), view.heatmapOpacity()),
                r.hasModel());
    }

    /** Reads an enum constant from its lower-case file name, naming the field and the allowed values if unknown. */
    static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        required(name, field);
        for (E constant : type.getEnumConstants()) {
            if (ProjectEncoder.name(constant).equals(name)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(ProjectEncoder::name).toList();
        throw new IllegalArgumentException(field + " '" + name + "' is not one of " + allowed);
    }

    private static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is missing");
    }

    private static DatasetSpec dataset(ProjectDto.Dataset d, Path projectDir, List<String> warnings) {
        return new DatasetSpec(folder(d.normalFolder(), projectDir, "normal-images", warnings),
                folder(d.productionFolder(), projectDir, "production-images", warnings), d.recursive());
    }

    private static Path folder(ProjectDto.Folder stored, Path projectDir, String label, List<String> warnings) {
        Path folder = FolderLocations.decode(required(stored, label + " folder"), projectDir, label, warnings);
        return required(folder, "a usable location of the " + label + " folder");
    }

    /**
     * Projects saved before patch-level detection and pretrained features existed were whole-image ones trained from
     * scratch; their new fields default.
     */
    private static ProjectSettings settings(ProjectDto.Settings s) {
        ProjectSettings defaults = ProjectSettings.defaults();
        return new ProjectSettings(s.family(), s.workingSize(), s.seed(), s.budgetSeconds(), s.starts(),
                s.validationLoss(), s.warmupSteps(), s.detectorStepsPerHyperStep(), s.hyperLearningRate(),
                s.batchSize(), s.thresholdPercentile(), s.holdoutFraction(), s.variant(),
                s.detection() == null ? ProjectSettings.DETECTION_IMAGE : s.detection(),
                s.patchScale() == null ? defaults.patchScale() : s.patchScale(),
                s.patchStrides() == null ? defaults.patchStrides() : s.patchStrides(),
                s.patchScorer() == null ? defaults.patchScorer() : s.patchScorer(),
                s.backbone() == null ? ProjectSettings.BACKBONE_SCRATCH : s.backbone(),
                s.pretrainedFeatures() == null ? ProjectSettings.FEATURES_MOBILENETV2 : s.pretrainedFeatures());
    }

    private static ManifestEntry manifestEntry(ProjectDto.ManifestItem m) {
        return new ManifestEntry(constant(ImageRole.class, m.role(), "manifest role"), m.path(), m.width(),
                m.height(), m.bytes(), m.sha256());
    }

    /** Files saved before {@code auto} existed have neither family trials nor selection losses: null and NaN. */
    private static TuningResult tuning(ProjectDto.Tuning t) {
        return new TuningResult(t.family(), required(t.runs(), "tuning runs").stream()
                .map(ProjectDecoder::run).toList(), t.selectedStart(),
                t.familyTrials() == null ? null : familyTrials(t.familyTrials()));
    }

    private static FamilyTrials familyTrials(ProjectDto.FamilyChoice f) {
        return new FamilyTrials(f.chosen(), required(f.trials(), "family trials").stream()
                .map(t -> new FamilyTrial(t.family(), t.hyperparameters(), t.loss())).toList(), f.decided(),
                f.reason());
    }

    private static TuningRun run(ProjectDto.Run r) {
        return new TuningRun(r.start(), r.initial(), r.last(), r.finalValidationLoss(),
                required(r.trajectory(), "trajectory").stream().map(ProjectDecoder::point).toList(),
                r.selectionLoss() == null ? Double.NaN : r.selectionLoss());
    }

    private static TrajectoryPoint point(ProjectDto.Point p) {
        return new TrajectoryPoint(p.start(), p.step(), constant(TuningPhase.class, p.phase(), "phase"),
                p.trainLoss(), p.validationLoss(), p.hyperparameters(), p.elapsedMillis());
    }

    private static ScoredImage score(ProjectDto.Score s) {
        ProjectDto.Box b = s.defectBox();
        return new ScoredImage(s.path(), s.score(), s.maxMapScore(), s.width(), s.height(), s.sha256(),
                s.defectAreaPx(), b == null ? null : new BoundingBox(b.x(), b.y(), b.width(), b.height()),
                s.components());
    }

    private static Thresholds thresholds(ProjectDto.Thresholds t) {
        return new Thresholds(t.fail(), t.reviewLower(), t.rule(), t.userOverridden());
    }

    private static Provenance provenance(ProjectDto.Provenance p) {
        return new Provenance(p.appVersion(), p.djlVersion(), p.pytorchVersion(), p.seed(), p.device(),
                Instant.parse(required(p.created(), "provenance created")), p.normalSetHash(),
                p.productionSetHash());
    }
}
