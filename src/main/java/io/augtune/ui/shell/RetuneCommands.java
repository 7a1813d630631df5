package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.ui.tune.LiveTuneViewModel;
import io.augtune.ui.tune.RunState;
import io.augtune.ui.widgets.SettingNames;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.TuneJob;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * Retunes the open project with what its inspector taught: its confirmed defects and good parts judge the
 * augmentation families and the starts ({@code TuneJob.TuneRequest.retuning}). The previous model and ranking stay
 * until the new ones are ready, so a cancel or a failure leaves them as they were.
 */
final class RetuneCommands {
    private final Workbench workbench;
    private final TuneCommands tuning;
    private final TeachCommands teaching;
    private final LiveTuneViewModel live;
    private final BooleanBinding possible;

    /** How many confirmed defects and good parts, on images the manifest knows, a retune is judged by. */
    record Evidence(int defects, int good) {
        static Evidence of(Project project) {
            java.util.List<TuneJob.Decided> decided = TuneJob.TuneRequest.evidenceOf(project);
            int defects = (int) decided.stream().filter(TuneJob.Decided::defect).count();
            return new Evidence(defects, decided.size() - defects);
        }

        /** "2 defects and 5 good parts", or "1 defect" alone. */
        String words() {
            return count(defects, "defect") + (good == 0 ? "" : " and " + count(good, "good part"));
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }

    RetuneCommands(Workbench workbench, TuneCommands tuning, TeachCommands teaching, LiveTuneViewModel live) {
        this.workbench = workbench;
        this.tuning = tuning;
        this.teaching = teaching;
        this.live = live;
        ProjectSession session = workbench.session();
        // a project without tuning (e.g. pretrained patches alone) has nothing the decisions could judge
        this.possible = Bindings.createBooleanBinding(() -> {
            Project project = session.project();
            return project != null && project.hasModel() && project.tuning() != null
                    && !live.stateProperty().get().isActive() && Evidence.of(project).defects() > 0;
        }, session.projectProperty(), live.stateProperty());
    }

    /** Whether a tuned project with at least one confirmed defect is open and no tuning runs. */
    BooleanBinding possible() {
        return possible;
    }

    Evidence evidence() {
        Project project = workbench.session().project();
        return project == null ? new Evidence(0, 0) : Evidence.of(project);
    }

    /**
     * Starts the retune on the open project's folders and settings. Nothing is discarded now: the project, its
     * results and its file stay until the retune succeeds, so no discard question is asked.
     */
    void start() {
        if (!possible.get()) {
            return;
        }
        ProjectSession session = workbench.session();
        Project previous = session.project();
        Evidence evidence = Evidence.of(previous);
        long generation = session.generation();
        workbench.navigator().show(Screen.TUNE);
        workbench.setStatus("Retuning " + previous.name() + " with your " + evidence.words() + "…");
        tuning.start(previous, outcome -> finished(generation, evidence, outcome),
                () -> stopped(generation, previous.name()));
    }

    private void finished(long generation, Evidence evidence, TuneJob.TuneOutcome outcome) {
        ProjectSession session = workbench.session();
        String name = outcome.project().name();
        if (session.generation() != generation) {
            ModelFolder.deleteQuietly(outcome.modelDir());
            workbench.setStatus("Retune of " + name + " finished after another project was opened; not used");
            return;
        }
        // from the project as it is now: marks made while the retune ran are kept as well
        Project retuned = outcome.project().withDecisionsCarriedFrom(session.project());
        teaching.reset();
        session.retuned(retuned, outcome.modelDir());
        workbench.showProjectResults(retuned);
        // the new model was fitted on the normal folder alone: the parts marked Good are taught to it again
        if (retuned.decisions().stream().anyMatch(d -> d.verdict() == io.augtune.project.Verdict.PASS)) {
            teaching.decisionsChanged(retuned.withDecisions(java.util.List.of()), retuned.decisions());
        } else {
            teaching.prepare();
        }
        workbench.navigator().allow(Screen.RESULTS);
        workbench.setStatus("Retuned " + name + ", judged by your " + evidence.words() + ": " + kept(retuned)
                + " (unsaved)");
    }

    private static String kept(Project retuned) {
        return retuned.tuning() != null && retuned.tuning().familyTrials() != null
                ? SettingNames.of(retuned.tuning().family()) + " kept"
                : retuned.scores().size() + " production images ranked";
    }

    /** After a cancel or a failure the previous results are still loaded: they are shown again. */
    private void stopped(long generation, String name) {
        if (workbench.session().generation() != generation) {
            return;
        }
        workbench.navigator().show(Screen.RESULTS);
        workbench.setStatus("Retune of " + name + (live.stateProperty().get() == RunState.CANCELLED
                ? " cancelled" : " stopped with an error") + ": the previous model and results are kept");
    }
}
