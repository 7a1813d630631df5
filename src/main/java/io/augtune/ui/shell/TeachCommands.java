package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.UserDecision;
import io.augtune.project.Verdict;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.TeachNormals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A false alarm teaches the model: images newly marked good join a pretrained-patch model's normal cells in the
 * background, one batch at a time, so marks made while a batch is learnt wait for the next one and none is lost.
 * What to show afterwards is up to the workbench ({@code apply}).
 */
final class TeachCommands {
    private final ProjectSession session;
    private final BackgroundExecutor executor;
    private final ErrorReporter errors;
    private final Consumer<String> status;
    private final Consumer<TeachNormals.Taught> apply;
    private final List<String> pending = new ArrayList<>();
    private boolean running;
    private int learnt;

    TeachCommands(ProjectSession session, BackgroundExecutor executor, ErrorReporter errors, Consumer<String> status,
                  Consumer<TeachNormals.Taught> apply) {
        this.session = session;
        this.executor = executor;
        this.errors = errors;
        this.status = status;
        this.apply = apply;
    }

    /** A new project: nothing pending, nothing learnt yet. */
    void reset() {
        pending.clear();
        learnt = 0;
    }

    /** Images added as normal by the user since the project was opened or tuned. */
    int learnt() {
        return learnt;
    }

    /** Learns the images that {@code after} marks good and {@code before} did not, when the model can learn. */
    void decisionsChanged(Project before, List<UserDecision> after) {
        List<String> newlyGood = after.stream().filter(d -> d.verdict() == Verdict.PASS)
                .filter(d -> before.decisionOf(d.relativePath()).orElse(null) != Verdict.PASS)
                .map(UserDecision::relativePath).toList();
        if (newlyGood.isEmpty() || !teachable(before)) {
            return;
        }
        pending.addAll(newlyGood);
        if (!running) {
            next();
        }
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

    private void next() {
        List<String> good = List.copyOf(pending);
        pending.clear();
        Project project = session.project();
        Path modelDir = session.modelDir();
        running = true;
        status.accept("Learning " + good.size() + " image" + (good.size() == 1 ? "" : "s") + " as normal…");
        executor.execute(token -> TeachNormals.teach(project, modelDir, good, token), taught -> {
            running = false;
            if (!modelDir.equals(session.modelDir())) {
                ModelFolder.deleteQuietly(taught.modelDir()); // another project or tuning took over meanwhile
                pending.clear();
                return;
            }
            learnt += taught.learnt();
            apply.accept(taught);
            if (!pending.isEmpty()) {
                next();
            }
        }, failure -> {
            running = false;
            pending.clear();
            status.accept("Ready");
            errors.report(UserError.of("Could not learn the images marked good", good.get(0), failure));
        });
    }
}
