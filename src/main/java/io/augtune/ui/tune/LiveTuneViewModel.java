package io.augtune.ui.tune;

import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningResult;
import io.augtune.project.TuningRun;
import io.augtune.ui.fx.Inbox;
import io.augtune.ui.fx.TaskHandle;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The live view of a tuning run. The job's observer queues {@link LiveUpdate}s in {@link #inbox()} from its own
 * thread; {@link #pulse()} (about ten times a second on the UI thread) applies them all at once: charts, progress,
 * the latest augmented examples. Pause and cancel go to the job's {@link TaskHandle}.
 */
public final class LiveTuneViewModel {
    /** Fresh augmented examples are asked for every this many pulses (about 1.5 s). */
    static final int EXAMPLES_EVERY_PULSES = 15;

    private final Inbox<LiveUpdate> inbox = new Inbox<>();
    private final Map<String, MetricChartModel> chartsByKey = new LinkedHashMap<>();
    private final ObservableList<MetricChartModel> charts = FXCollections.observableArrayList();
    private final ObservableList<MetricChartModel> chartsView = FXCollections.unmodifiableObservableList(charts);
    private final ObservableList<TuningRun> finishedStarts = FXCollections.observableArrayList();
    private final ObservableList<TuningRun> finishedStartsView
            = FXCollections.unmodifiableObservableList(finishedStarts);
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<LiveUpdate.Examples> examples = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hyperparameterText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper familyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyIntegerWrapper starts = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper maxStep = new ReadOnlyIntegerWrapper(0);
    private final FamilyTrialCurves trials = new FamilyTrialCurves();
    private final RunClock clock;
    private TaskHandle handle;
    private Runnable requestExamples = () -> { };
    private String searchDetail = FamilyTrialText.SEARCH_DETAIL;
    private double etaSeconds = Double.NaN;
    private int skippedFiles;
    private int pulses;

    public LiveTuneViewModel(LongSupplier nanoClock) {
        this.clock = new RunClock(Objects.requireNonNull(nanoClock, "nanoClock"));
    }

    /** A view-model on the system clock. */
    public LiveTuneViewModel() {
        this(System::nanoTime);
    }

    /**
     * Starts showing a new run; clears what the previous run showed. Call before the job starts, then
     * {@link #attach} its handle.
     *
     * @param runTitle        e.g. the project name
     * @param examplesRequest asks the job for fresh augmented examples (any thread)
     */
    public void begin(String runTitle, Runnable examplesRequest) {
        inbox.drain();
        chartsByKey.clear();
        charts.clear();
        finishedStarts.clear();
        trials.clear();
        chart(Quantities.TRAIN_LOSS);
        chart(Quantities.VALIDATION_LOSS);
        handle = null;
        requestExamples = Objects.requireNonNull(examplesRequest, "examplesRequest");
        searchDetail = FamilyTrialText.SEARCH_DETAIL;
        title.set(runTitle);
        examples.set(null);
        phase.set("Starting");
        detail.set("");
        stepText.set("");
        hyperparameterText.set("");
        notice.set("");
        familyText.set("");
        progress.set(-1);
        starts.set(0);
        maxStep.set(0);
        etaSeconds = Double.NaN;
        skippedFiles = 0;
        pulses = 0;
        clock.restart();
        state.set(RunState.RUNNING);
        requestExamples.run();
        updateTime();
    }

    /** The run is a retune judged by the inspector's decisions: the family search says so. Call after begin. */
    public void judgedByDecisions() {
        searchDetail = FamilyTrialText.SEARCH_BY_DECISIONS;
    }

    /** The running job's handle, for pause and cancel. */
    public void attach(TaskHandle job) {
        handle = Objects.requireNonNull(job, "job");
    }

    /** Where the job's observer queues its updates; any thread. */
    public Inbox<LiveUpdate> inbox() {
        return inbox;
    }

    /** Applies everything queued since the last pulse; asks for fresh examples now and then. */
    public void pulse() {
        for (LiveUpdate update : inbox.drain()) {
            apply(update);
        }
        charts.forEach(MetricChartModel::flush);
        trials.flush();
        updateTime();
        if (state.get() == RunState.RUNNING && ++pulses % EXAMPLES_EVERY_PULSES == 0) {
            requestExamples.run();
        }
    }

    private void apply(LiveUpdate update) {
        if (update instanceof LiveUpdate.Progress p) {
            phase.set(p.phase());
            // while families are tried, the header says what the search does: the family tried is named beside its
            // examples, and the raw "trying line (3 of 5)" would repeat it
            boolean searching = FamilyTrialText.SEARCH_PHASE.equals(p.phase()) && !trials.series().isEmpty();
            detail.set(searching ? searchDetail : p.detail());
            progress.set(p.fraction() < 0 ? -1 : p.fraction());
        } else if (update instanceof LiveUpdate.Skipped s) {
            skippedFiles += s.files().size();
            notice.set(skippedFiles + (skippedFiles == 1 ? " file was" : " files were")
                    + " skipped; the project screen lists them with reasons.");
        } else if (update instanceof LiveUpdate.Step step) {
            applyStep(step);
        } else if (update instanceof LiveUpdate.Examples e) {
            examples.set(e);
        } else if (update instanceof LiveUpdate.StartFinished f) {
            finishedStarts.add(f.run());
        } else {
            applyTrial(update);
        }
    }

    /** A family trial's report: its line in the trials' chart, and the family named beside its examples. */
    private void applyTrial(LiveUpdate update) {
        if (update instanceof LiveUpdate.TrialStarted t) {
            trials.started(t.family());
            familyText.set(FamilyTrialText.trying(t.family(), t.index() + 1, t.trials()));
            detail.set(searchDetail);
        } else if (update instanceof LiveUpdate.TrialStep t) {
            trials.add(t.family(), t.point());
        } else if (update instanceof LiveUpdate.TrialFinished t) {
            trials.finished(t.family(), t.separation());
        } else if (update instanceof LiveUpdate.FamilyKept k) {
            // the family kept stays named while its starts are tuned
            trials.kept(k.family(), k.decided(), k.reason());
            familyText.set(FamilyTrialText.keptByTrials(k.family()));
        }
    }

    private void applyStep(LiveUpdate.Step step) {
        TrajectoryPoint point = step.point();
        chart(Quantities.TRAIN_LOSS).add(point.start(), point.step(), point.trainLoss());
        chart(Quantities.VALIDATION_LOSS).add(point.start(), point.step(), point.validationLoss());
        point.hyperparameters().forEach((name, value) -> chart(name).add(point.start(), point.step(),
                Quantities.inDisplayUnit(name, value)));
        phase.set(Quantities.phaseName(point.phase()));
        detail.set("");
        stepText.set(String.format(Locale.ROOT, "Start %d of %d · step %d", point.start() + 1, step.starts(),
                point.step()));
        hyperparameterText.set(Quantities.describe(point.hyperparameters()));
        progress.set(step.fractionDone());
        starts.set(step.starts());
        maxStep.set(Math.max(maxStep.get(), point.step()));
        etaSeconds = step.etaSeconds();
        clock.sawEta(etaSeconds);
    }

    private MetricChartModel chart(String key) {
        MetricChartModel chart = chartsByKey.get(key);
        if (chart == null) {
            chart = new MetricChartModel(key, Quantities.title(key));
            chartsByKey.put(key, chart);
            charts.add(chart);
        }
        return chart;
    }

    private void updateTime() {
        if (state.get() == RunState.IDLE) {
            timeText.set("");
            return;
        }
        double left = clock.etaNow();
        String eta = state.get().isActive() && Double.isFinite(left)
                ? " · about " + Quantities.duration(left) + " left" : "";
        timeText.set(Quantities.duration(clock.elapsedSeconds()) + " elapsed" + eta);
    }

    /** Pauses a running job or resumes a paused one. */
    public void togglePause() {
        if (handle == null) {
            return;
        }
        if (state.get() == RunState.RUNNING) {
            handle.setPaused(true);
            clock.pause();
            state.set(RunState.PAUSED);
        } else if (state.get() == RunState.PAUSED) {
            handle.setPaused(false);
            clock.resume();
            state.set(RunState.RUNNING);
        }
    }

    /** Asks the job to stop; it ends at its next step and {@link #cancelled()} follows. */
    public void cancel() {
        if (state.get().isActive() && handle != null) {
            handle.cancel();
            clock.pause();
            state.set(RunState.STOPPING);
            phase.set("Stopping…");
        }
    }

    /**
     * The job ended with its tuning (null when nothing was tuned): the kept start and what it was compared by, the
     * family {@code auto} kept, and why the tuning could not choose, if it could not.
     */
    public void finished(TuningResult tuning) {
        finished();
        if (tuning == null) {
            return;
        }
        TuningRun kept = tuning.selected();
        stepText.set(String.format(Locale.ROOT, "Kept start %d of %d (lowest %s loss, %.4g)", kept.start() + 1,
                tuning.runs().size(), Double.isNaN(kept.selectionLoss()) ? "validation" : "selection",
                kept.comparedLoss()));
        hyperparameterText.set(Quantities.describe(kept.finalHyperparameters()));
        familyText.set(FamilyTrialText.kept(tuning));
        tuning.undecided().ifPresent(notice::set);
    }

    /** The job ended with its result. */
    public void finished() {
        end(RunState.FINISHED, "Finished");
        progress.set(1);
        familyText.set("");
        Quantities.best(finishedStarts).ifPresent(best -> {
            stepText.set(String.format(Locale.ROOT, "Kept start %d of %d (lowest validation loss, %.4g)",
                    best.start() + 1, finishedStarts.size(), best.finalValidationLoss()));
            hyperparameterText.set(Quantities.describe(best.finalHyperparameters()));
        });
    }

    /** The job stopped because it was cancelled. */
    public void cancelled() {
        end(RunState.CANCELLED, "Cancelled");
    }

    /** The job failed; the reason is shown. */
    public void failed(String reason) {
        end(RunState.FAILED, "Failed");
        detail.set(reason);
    }

    private void end(RunState endState, String endPhase) {
        pulse();
        clock.pause();
        state.set(endState);
        phase.set(endPhase);
        updateTime();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<MetricChartModel> charts() {
        return chartsView;
    }

    /** The family trials of {@code auto}: one line per family tried, empty when the settings named the family. */
    public FamilyTrialCurves familyTrials() {
        return trials;
    }

    public ObservableList<TuningRun> finishedStarts() {
        return finishedStartsView;
    }

    /** The newest augmented examples, or null before the first arrive. */
    public ReadOnlyObjectProperty<LiveUpdate.Examples> examplesProperty() {
        return examples.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** "1:05 elapsed · about 2:10 left". */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hyperparameterTextProperty() {
        return hyperparameterText.getReadOnlyProperty();
    }

    /**
     * The augmentation family: "Trying: Scratch or crack (thin line) — 3 of 5" while {@code auto} tries families,
     * "Kept: …, chosen automatically" after the run; empty otherwise.
     */
    public ReadOnlyStringProperty familyTextProperty() {
        return familyText.getReadOnlyProperty();
    }

    /** A remark for the user, e.g. that files were skipped; empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How many starts the run has; 0 until the first step. */
    public ReadOnlyIntegerProperty startsProperty() {
        return starts.getReadOnlyProperty();
    }

    /** The largest step seen so far in any start, so all charts can share one step axis. */
    public ReadOnlyIntegerProperty maxStepProperty() {
        return maxStep.getReadOnlyProperty();
    }

    /** Fraction of the whole run in [0,1]; -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
