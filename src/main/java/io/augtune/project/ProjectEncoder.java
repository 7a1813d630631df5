package io.augtune.project;

import io.augtune.common.AppVersion;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns the domain records into {@link ProjectDto}s. */
final class ProjectEncoder {
    private ProjectEncoder() {
    }

    static ProjectDto.Root encode(Project p, Path projectDir) {
        return new ProjectDto.Root(SchemaMigrations.CURRENT_VERSION, AppVersion.app(), p.name(),
                dataset(p.dataset(), projectDir), settings(p.settings()),
                p.manifest().stream().map(ProjectEncoder::manifestItem).toList(),
                p.tuning() == null ? null : tuning(p.tuning()),
                p.scores().stream().map(ProjectEncoder::score).toList(),
                p.thresholds() == null ? null : thresholds(p.thresholds()),
                p.decisions().stream().map(d -> new ProjectDto.Decision(d.relativePath(), name(d.verdict()),
                        d.note())).toList(),
                p.provenance() == null ? null : provenance(p.provenance()),
                new ProjectDto.View(p.viewState().selectedImage(), p.viewState().heatmapOpacity()),
                p.hasModel());
    }

    /** Enum constants appear in the file as their lower-case names. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static ProjectDto.Dataset dataset(DatasetSpec d, Path projectDir) {
        return new ProjectDto.Dataset(FolderLocations.encode(d.normalFolder(), projectDir),
                FolderLocations.encode(d.productionFolder(), projectDir), d.recursive());
    }

    private static ProjectDto.Settings settings(ProjectSettings s) {
        return new ProjectDto.Settings(s.family(), s.workingSize(), s.seed(), s.budgetSeconds(), s.starts(),
                s.validationLoss(), s.warmupSteps(), s.detectorStepsPerHyperStep(), s.hyperLearningRate(),
                s.batchSize(), s.thresholdPercentile(), s.holdoutFraction(), s.variant(), s.detection(), s.patchScale(),
                s.patchStrides(), s.patchScorer(), s.backbone(), s.pretrainedFeatures());
    }

    private static ProjectDto.ManifestItem manifestItem(ManifestEntry e) {
        return new ProjectDto.ManifestItem(name(e.role()), e.relativePath(), e.width(), e.height(), e.bytes(),
                e.sha256());
    }

    private static ProjectDto.Tuning tuning(TuningResult t) {
        return new ProjectDto.Tuning(t.family(), t.runs().stream().map(ProjectEncoder::run).toList(),
                t.selectedStart(), t.familyTrials() == null ? null : familyChoice(t.familyTrials()));
    }

    private static ProjectDto.FamilyChoice familyChoice(FamilyTrials f) {
        return new ProjectDto.FamilyChoice(f.chosen(), f.trials().stream()
                .map(t -> new ProjectDto.Trial(t.family(), sorted(t.hyperparameters()), t.loss())).toList(),
                f.decided(), f.reason());
    }

    private static ProjectDto.Run run(TuningRun r) {
        return new ProjectDto.Run(r.start(), sorted(r.initialHyperparameters()),
                sorted(r.finalHyperparameters()), r.finalValidationLoss(),
                r.trajectory().stream().map(ProjectEncoder::point).toList(),
                Double.isNaN(r.selectionLoss()) ? null : r.selectionLoss());
    }

    private static ProjectDto.Point point(TrajectoryPoint p) {
        return new ProjectDto.Point(p.start(), p.step(), name(p.phase()), p.trainLoss(), p.validationLoss(),
                sorted(p.hyperparameters()), p.elapsedMillis());
    }

    private static ProjectDto.Score score(ScoredImage s) {
        BoundingBox b = s.defectBox();
        return new ProjectDto.Score(s.relativePath(), s.score(), s.maxMapScore(), s.width(), s.height(),
                s.sha256(), s.defectAreaPx(),
                b == null ? null : new ProjectDto.Box(b.x(), b.y(), b.width(), b.height()),
                s.components().isEmpty() ? null : s.components());
    }

    private static ProjectDto.Thresholds thresholds(Thresholds t) {
        return new ProjectDto.Thresholds(t.fail(), t.reviewLower(), t.rule(), t.userOverridden());
    }

    private static ProjectDto.Provenance provenance(Provenance p) {
        return new ProjectDto.Provenance(p.appVersion(), p.djlVersion(), p.pytorchVersion(), p.seed(), p.device(),
                p.created().toString(), p.normalSetHash(), p.productionSetHash());
    }

    /** A sorted copy so the file lists hyperparameters in a stable order whatever map the record holds. */
    private static Map<String, Double> sorted(Map<String, Double> values) {
        return new TreeMap<>(values);
    }
}
