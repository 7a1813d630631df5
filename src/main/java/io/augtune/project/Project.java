package io.augtune.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An inspection project: its images, settings and everything learned about them. Immutable; every change makes a
 * new project through a {@code with...} method. Results start empty and fill in as the user tunes and scores.
 *
 * @param name        display name, not blank
 * @param dataset     where the images are
 * @param settings    how to tune and threshold
 * @param manifest    the images as they were read, at most once each
 * @param tuning      tuning outcome, or null before tuning
 * @param scores      scored production images, at most once each
 * @param thresholds  verdict thresholds, or null before scoring
 * @param decisions   the user's verdicts, at most one per image
 * @param provenance  how the tuning result was made, or null before tuning
 * @param viewState   what the results view showed
 * @param hasModel    whether a trained model belongs to the project (stored beside it by {@link ProjectStore})
 */
public record Project(String name, DatasetSpec dataset, ProjectSettings settings, List<ManifestEntry> manifest,
                      TuningResult tuning, List<ScoredImage> scores, Thresholds thresholds,
                      List<UserDecision> decisions, Provenance provenance, ViewState viewState, boolean hasModel) {

    public Project {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        manifest = Checks.list(manifest, "manifest");
        Checks.unique(manifest, ManifestEntry::ref, "manifest");
        scores = Checks.list(scores, "scores");
        Checks.unique(scores, ScoredImage::relativePath, "scores");
        decisions = Checks.list(decisions, "decisions");
        Checks.unique(decisions, UserDecision::relativePath, "decisions");
        Objects.requireNonNull(viewState, "viewState");
    }

    /** A new project with no images read and no results yet. */
    public static Project create(String name, DatasetSpec dataset, ProjectSettings settings) {
        return new Project(name, dataset, settings, List.of(), null, List.of(), null, List.of(), null,
                ViewState.initial(), false);
    }

    public Project withName(String newName) {
        return new Project(newName, dataset, settings, manifest, tuning, scores, thresholds, decisions,
                provenance, viewState, hasModel);
    }

    public Project withDataset(DatasetSpec newDataset) {
        return new Project(name, newDataset, settings, manifest, tuning, scores, thresholds, decisions,
                provenance, viewState, hasModel);
    }

    public Project withSettings(ProjectSettings newSettings) {
        return new Project(name, dataset, newSettings, manifest, tuning, scores, thresholds, decisions,
                provenance, viewState, hasModel);
    }

    public Project withManifest(List<ManifestEntry> newManifest) {
        return new Project(name, dataset, settings, newManifest, tuning, scores, thresholds, decisions,
                provenance, viewState, hasModel);
    }

    /** Sets the tuning outcome and how it was made (both may be null to clear them). */
    public Project withTuning(TuningResult newTuning, Provenance newProvenance) {
        return new Project(name, dataset, settings, manifest, newTuning, scores, thresholds, decisions,
                newProvenance, viewState, hasModel);
    }

    public Project withTuning(TuningResult newTuning) {
        return withTuning(newTuning, provenance);
    }

    public Project withProvenance(Provenance newProvenance) {
        return withTuning(tuning, newProvenance);
    }

    public Project withScores(List<ScoredImage> newScores) {
        return new Project(name, dataset, settings, manifest, tuning, newScores, thresholds, decisions,
                provenance, viewState, hasModel);
    }

    public Project withThresholds(Thresholds newThresholds) {
        return new Project(name, dataset, settings, manifest, tuning, scores, newThresholds, decisions,
                provenance, viewState, hasModel);
    }

    public Project withDecisions(List<UserDecision> newDecisions) {
        return new Project(name, dataset, settings, manifest, tuning, scores, thresholds, newDecisions,
                provenance, viewState, hasModel);
    }

    /** Adds a decision, replacing an earlier one on the same image. */
    public Project withDecision(UserDecision decision) {
        Map<String, UserDecision> byImage = new LinkedHashMap<>(decisionsByImage());
        byImage.put(decision.relativePath(), decision);
        return withDecisions(new ArrayList<>(byImage.values()));
    }

    public Project withViewState(ViewState newViewState) {
        return new Project(name, dataset, settings, manifest, tuning, scores, thresholds, decisions,
                provenance, newViewState, hasModel);
    }

    public Project withModel(boolean newHasModel) {
        return new Project(name, dataset, settings, manifest, tuning, scores, thresholds, decisions,
                provenance, viewState, newHasModel);
    }

    /**
     * This project without the scores and user decisions of the given production images, e.g. images that are gone
     * or whose content changed: a decision taken on the old picture must not stick to a new one.
     */
    public Project withoutResultsFor(Set<String> productionPaths) {
        return withScores(scores.stream().filter(s -> !productionPaths.contains(s.relativePath())).toList())
                .withDecisions(decisions.stream().filter(d -> !productionPaths.contains(d.relativePath())).toList());
    }

    /**
     * This project with the user decisions of {@code earlier} on production images whose content is the same in
     * both manifests (same path and hash), e.g. after retuning or re-scoring; decisions on images that changed or
     * are gone are dropped. Decisions of this project win.
     */
    public Project withDecisionsCarriedFrom(Project earlier) {
        Map<String, String> hashNow = new LinkedHashMap<>();
        manifest.stream().filter(e -> e.ref().role() == ImageRole.PRODUCTION)
                .forEach(e -> hashNow.put(e.ref().relativePath(), e.sha256()));
        Map<String, UserDecision> byImage = new LinkedHashMap<>();
        for (ManifestEntry before : earlier.manifest()) {
            String path = before.ref().relativePath();
            UserDecision decision = earlier.decisionsByImage().get(path);
            if (before.ref().role() == ImageRole.PRODUCTION && decision != null
                    && before.sha256().equals(hashNow.get(path))) {
                byImage.put(path, decision);
            }
        }
        byImage.putAll(decisionsByImage());
        return withDecisions(new ArrayList<>(byImage.values()));
    }

    /** The user's decisions keyed by image path, in list order. */
    public Map<String, UserDecision> decisionsByImage() {
        Map<String, UserDecision> byImage = new LinkedHashMap<>();
        decisions.forEach(decision -> byImage.put(decision.relativePath(), decision));
        return byImage;
    }

    /** The user's decision on an image, if there is one. */
    public Optional<Verdict> decisionOf(String relativePath) {
        return decisions.stream().filter(d -> d.relativePath().equals(relativePath)).map(UserDecision::verdict)
                .findFirst();
    }

    /**
     * The verdict shown for a scored image: the user's decision if there is one, otherwise the thresholds'
     * verdict; empty when neither exists yet.
     */
    public Optional<Verdict> verdictOf(ScoredImage image) {
        for (UserDecision decision : decisions) {
            if (decision.relativePath().equals(image.relativePath())) {
                return Optional.of(decision.verdict());
            }
        }
        return Optional.ofNullable(thresholds).map(t -> t.verdictFor(image.score()));
    }
}
