package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.UserDecision;
import io.augtune.project.Verdict;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.RerankCache;
import io.augtune.workflow.TeachNormals;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A false alarm teaches the model: images newly marked good join the normal cells of a model with pretrained patches
 * in the background, one batch at a time, so marks made while a batch is learnt wait for the next one and none is
 * lost. Taking a Good mark back (undo, or another decision) unlearns it: the model is taught again, from a copy of the
 * model as it was before the first image was learnt, with the images still marked good. What to show afterwards is up
 * to the workbench ({@code apply}). The first step reads every production image; each later one adding images measures
 * the production images kept from the step before against the new cells only ({@link RerankCache}), in seconds.
 */
final class TeachCommands {
    private final ProjectSession session;
    private final BackgroundExecutor executor;
    private final ErrorReporter errors;
    private final Consumer<String> status;
    private final Consumer<TeachNormals.Taught> apply;
    private final Set<String> pending = new LinkedHashSet<>();
    /** What the session's model has learnt on top of {@link #base}, in order. */
    private final Set<String> taught = new LinkedHashSet<>();
    /** A copy of the model before the first image was learnt; null until then. */
    private Path base;
    /**
     * What the last step kept of the production images for the session's model, so the next mark measures only its
     * new cells; null until the first step.
     */
    private RerankCache rerank;
    private boolean running;

    TeachCommands(ProjectSession session, BackgroundExecutor executor, ErrorReporter errors, Consumer<String> status,
                  Consumer<TeachNormals.Taught> apply) {
        this.session = session;
        this.executor = executor;
        this.errors = errors;
        this.status = status;
        this.apply = apply;
    }

    /**
     * Measures the production images for the first Good mark in the background, so that it too re-ranks in seconds:
     * called when a project's results are shown. Quietly nothing for a model that does not learn, and the result is
     * dropped if another project or a teaching step came first.
     */
    void prepare() {
        Project project = session.project();
        Path modelDir = session.modelDir();
        if (project == null || !teachable(project) || rerank != null) {
            return;
        }
        executor.execute(token -> TeachNormals.prepare(project, modelDir, token), cache -> {
            if (modelDir.equals(session.modelDir()) && rerank == null && taught.isEmpty() && !running) {
                rerank = cache;
            }
        }, failure -> {
            // only a head start: the first mark measures the images itself
        });
    }

    /** A new project: nothing pending, nothing learnt yet, nothing to go back to. */
    void reset() {
        pending.clear();
        taught.clear();
        rerank = null;
        Path old = base;
        base = null;
        ModelFolder.deleteQuietly(old);
    }

    /** Images added as normal by the user since the project was opened or tuned (and still marked good). */
    int learnt() {
        return taught.size();
    }

    /**
     * Learns the images that {@code after} marks good and {@code before} did not, and unlearns learnt images that are
     * no longer marked good, when the model can learn.
     */
    void decisionsChanged(Project before, List<UserDecision> after) {
        if (!teachable(before)) {
            return;
        }
        Set<String> good = good(after);
        after.stream().filter(d -> d.verdict() == Verdict.PASS)
                .filter(d -> before.decisionOf(d.relativePath()).orElse(null) != Verdict.PASS)
                .forEach(d -> pending.add(d.relativePath()));
        pending.retainAll(good);
        boolean unlearn = !good.containsAll(taught);
        if ((!pending.isEmpty() || unlearn) && !running) {
            next();
        }
    }

    private static Set<String> good(List<UserDecision> decisions) {
        Set<String> out = new LinkedHashSet<>();
        decisions.stream().filter(d -> d.verdict() == Verdict.PASS).forEach(d -> out.add(d.relativePath()));
        return out;
    }

    /**
     * Models with pretrained patches, alone or combined, learn from Good marks (their memory banks take the marked
     * images' cells).
     */
    private boolean teachable(Project project) {
        return project.hasModel() && session.modelDir() != null
                && (ProjectSettings.DETECTION_FROZEN.equals(project.settings().detection())
                || ProjectSettings.DETECTION_FUSED.equals(project.settings().detection()));
    }

    /** What a teaching step made: the copy of the model before any learning (first step only), and the taught model. */
    private record Step(Path base, TeachNormals.Taught taught) {
    }

    /**
     * Teaches what the decisions ask for now: the pending images on top of the session's model, or, when a learnt
     * image is no longer marked good, every image still marked good on top of the copy from before the first one.
     */
    private void next() {
        Set<String> wanted = new LinkedHashSet<>(taught);
        wanted.addAll(pending);
        wanted.retainAll(good(session.project().decisions()));
        pending.clear();
        boolean fromBase = !wanted.containsAll(taught);
        List<String> learn = fromBase ? List.copyOf(wanted) : wanted.stream().filter(i -> !taught.contains(i))
                .toList();
        if (!fromBase && learn.isEmpty()) {
            return;
        }
        Project project = session.project();
        Path modelDir = session.modelDir();
        Path from = fromBase ? base : modelDir;
        boolean keepBase = base == null;
        // teaching from the copy drops cells the cache has measured against: it is made again
        RerankCache cache = fromBase ? null : rerank;
        running = true;
        status.accept(fromBase ? "Teaching the model again without the images no longer marked good…"
                : "Learning " + learn.size() + " image" + (learn.size() == 1 ? "" : "s") + " as normal…");
        executor.execute(token -> {
            // the copy is made before the session's model is replaced by the taught one, which deletes it
            Path copy = keepBase ? ModelFolder.copyToTemp(modelDir) : null;
            try {
                return new Step(copy, TeachNormals.teach(project, from, learn, cache, token));
            } catch (Exception e) {
                ModelFolder.deleteQuietly(copy);
                throw e;
            }
        }, step -> {
            running = false;
            TeachNormals.Taught result = step.taught();
            if (!modelDir.equals(session.modelDir())) {
                // another project or tuning took over meanwhile
                ModelFolder.deleteQuietly(result.modelDir());
                ModelFolder.deleteQuietly(step.base());
                pending.clear();
                return;
            }
            if (step.base() != null) {
                base = step.base();
            }
            if (fromBase) {
                taught.clear();
            }
            taught.addAll(learn);
            rerank = result.rerank();
            apply.accept(result);
            if (!pending.isEmpty() || !good(session.project().decisions()).containsAll(taught)) {
                next();
            }
        }, failure -> {
            running = false;
            pending.clear();
            status.accept("Ready");
            errors.report(UserError.of("Could not learn the images marked good", learn.isEmpty()
                    ? project.name() : learn.get(0), failure));
        });
    }
}
