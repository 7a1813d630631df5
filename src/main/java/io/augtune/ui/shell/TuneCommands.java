package io.augtune.ui.shell;

import io.augtune.common.CancelledException;
import io.augtune.project.Project;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.fx.TaskHandle;
import io.augtune.ui.tune.LiveObserver;
import io.augtune.ui.tune.LiveTuneViewModel;
import io.augtune.workflow.TuneJob;

import java.util.function.Consumer;

/** Runs a tuning job in the background and feeds the live view; hands the outcome on when it finishes. */
final class TuneCommands {
    private final BackgroundExecutor executor;
    private final LiveTuneViewModel live;
    private final ErrorReporter errors;
    private final Consumer<String> status;

    TuneCommands(BackgroundExecutor executor, LiveTuneViewModel live, ErrorReporter errors, Consumer<String> status) {
        this.executor = executor;
        this.live = live;
        this.errors = errors;
        this.status = status;
    }

    /** Whether a run is in progress (a second one is refused). */
    boolean isRunning() {
        return live.stateProperty().get().isActive();
    }

    /**
     * Starts tuning {@code project}'s folders with its settings.
     *
     * @param onTuned receives the outcome on the UI thread when the run finished
     */
    void start(Project project, Consumer<TuneJob.TuneOutcome> onTuned) {
        start(project, onTuned, () -> { });
    }

    /** The same; {@code onStopped} runs on the UI thread after a cancel or a failure was reported. */
    void start(Project project, Consumer<TuneJob.TuneOutcome> onTuned, Runnable onStopped) {
        // a retune of a project with decisions: its confirmed defects and good parts judge the families and starts
        TuneJob.TuneRequest request = TuneJob.TuneRequest.retuning(project, project.settings());
        TuneJob job = new TuneJob(request);
        LiveObserver observer = new LiveObserver(live.inbox());
        live.begin(project.name(), job::requestExamples);
        if (request.evidence().stream().anyMatch(TuneJob.Decided::defect)) {
            live.judgedByDecisions();
        }
        TaskHandle handle = executor.execute(token -> job.run(observer, token), outcome -> {
            live.finished(outcome.project().tuning());
            onTuned.accept(outcome);
        }, failure -> {
            if (failure instanceof CancelledException) {
                live.cancelled();
                status.accept("Tuning of " + project.name() + " cancelled");
                onStopped.run();
                return;
            }
            UserError error = UserError.of("Tuning stopped with an error", project.name(), failure);
            status.accept("Tuning of " + project.name() + " stopped with an error");
            live.failed(error.reason());
            errors.report(error);
            onStopped.run();
        });
        live.attach(handle);
    }
}
