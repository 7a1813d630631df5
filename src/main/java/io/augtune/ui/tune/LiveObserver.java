package io.augtune.ui.tune;

import io.augtune.common.SkippedImage;
import io.augtune.project.AugmentationExamples;
import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningRun;
import io.augtune.project.TuningEvent;
import io.augtune.ui.fx.Inbox;
import io.augtune.workflow.TuneObserver;

import java.util.List;
import java.util.Objects;

/** Hands a tuning job's reports to the live view's inbox as {@link LiveUpdate}s; returns at once, any thread. */
public final class LiveObserver implements TuneObserver {
    private final Inbox<LiveUpdate> inbox;

    public LiveObserver(Inbox<LiveUpdate> inbox) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    @Override
    public void onProgress(String phase, double fraction, String detail) {
        inbox.offer(new LiveUpdate.Progress(phase, fraction, detail == null ? "" : detail));
    }

    @Override
    public void onSkipped(String folderRole, List<SkippedImage> skipped) {
        inbox.offer(new LiveUpdate.Skipped(folderRole, skipped));
    }

    @Override
    public void onStep(TuningEvent event) {
        inbox.offer(new LiveUpdate.Step(event.point(), event.starts(), event.fractionDone(), event.etaSeconds()));
    }

    @Override
    public void onExamples(AugmentationExamples examples) {
        inbox.offer(new LiveUpdate.Examples(examples.start(), examples.step(), examples.hyperparameters(),
                examples.originals(), examples.augmented()));
    }

    @Override
    public void onStartFinished(TuningRun run) {
        inbox.offer(new LiveUpdate.StartFinished(run));
    }

    @Override
    public void onTrialStarted(String family, int index, int trials) {
        inbox.offer(new LiveUpdate.TrialStarted(family, index, trials));
    }

    @Override
    public void onTrialStep(String family, TuningEvent event) {
        inbox.offer(new LiveUpdate.TrialStep(family, event.point()));
    }

    @Override
    public void onTrialFinished(String family, double separation) {
        inbox.offer(new LiveUpdate.TrialFinished(family, separation));
    }

    @Override
    public void onFamilyKept(FamilyTrials choice) {
        inbox.offer(new LiveUpdate.FamilyKept(choice.chosen(), choice.decided(), choice.reason()));
    }
}
