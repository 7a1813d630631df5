package io.augtune.ui.results;

import io.augtune.common.CancelledException;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.fx.Inbox;
import io.augtune.ui.fx.TaskHandle;
import io.augtune.workflow.ReportExport;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The results screen: the ranking with verdicts under editable thresholds, filtering, the score histogram, and the
 * selected image's detail (loaded in the background). Thumbnails arrive in rank order and are applied on
 * {@link #pulse()}.
 */
public final class ResultsViewModel {
    /** Bins of the score histogram. */
    public static final int BINS = 40;
    public static final double DEFAULT_OPACITY = 0.7;

    private final BackgroundExecutor executor;
    private final ObservableList<ResultRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.verdictProperty(), row.decisionProperty()});
    private final ObservableList<ResultRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<ResultRow> visible = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<VerdictFilter> verdictFilter = new SimpleObjectProperty<>(VerdictFilter.ALL);
    private final ThresholdModel thresholds = new ThresholdModel();
    private final ReadOnlyObjectWrapper<ScoreHistogram> histogram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FamilyChoiceSummary> familyChoice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ResultRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImageDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper detailLoading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper detailError = new ReadOnlyStringWrapper("");
    private final DoubleProperty heatmapOpacity = new SimpleDoubleProperty(DEFAULT_OPACITY);
    private final ReadOnlyBooleanWrapper hasResults = new ReadOnlyBooleanWrapper();
    private final Map<String, ResultRow> byPath = new HashMap<>();
    private ResultsData data;
    private DetailLoader detailLoader;
    private Inbox<ThumbnailTask.Loaded> thumbnails = new Inbox<>();
    private TaskHandle thumbnailTask;
    private TaskHandle detailTask;
    /** Earlier decisions, newest last, for undo: the image and what it had before. */
    private final java.util.Deque<PreviousDecision> undo = new java.util.ArrayDeque<>();
    private java.util.function.Consumer<List<io.augtune.project.UserDecision>> onDecisions = list -> { };
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUseDecisionThreshold = new ReadOnlyBooleanWrapper();
    private double decisionThreshold = Double.NaN;

    private record PreviousDecision(String relativePath, Verdict decision) {
    }

    public ResultsViewModel(BackgroundExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        filterText.addListener((obs, old, now) -> refilter());
        verdictFilter.addListener((obs, old, now) -> refilter());
        thresholds.currentProperty().addListener((obs, old, now) -> applyThresholds(now));
        selected.addListener((obs, old, row) -> loadDetail(row));
    }

    /**
     * Shows a ranking; thumbnails start loading in the background. Filters start cleared: a filter chosen for
     * another ranking would hide this one's images without saying why.
     */
    /**
     * Shows the same images ranked again (after the model learnt from Good marks): like {@link #show}, but the
     * decisions made so far can still be taken back.
     */
    public void showReranked(ResultsData newData, DetailLoader loader) {
        List<PreviousDecision> history = List.copyOf(undo);
        show(newData, loader);
        undo.addAll(history);
        canUndo.set(!undo.isEmpty());
    }

    public void show(ResultsData newData, DetailLoader loader) {
        cancel();
        resetFilters();
        data = Objects.requireNonNull(newData, "newData");
        detailLoader = Objects.requireNonNull(loader, "loader");
        title.set(newData.title());
        byPath.clear();
        // The app's one ranking order, the same as the CSV's and the score command's; ranks count from 1.
        List<ScoredImage> order = ReportExport.ranked(newData.scores());
        List<ResultRow> ranked = IntStream.range(0, order.size()).mapToObj(i -> {
            ScoredImage image = order.get(i);
            ResultRow row = new ResultRow(image, i + 1, newData.thresholds().verdictFor(image.score()));
            if (newData.keepsDecisions()) {
                row.setDecision(newData.decisions().get(image.relativePath()));
            }
            byPath.put(image.relativePath(), row);
            return row;
        }).toList();
        undo.clear();
        canUndo.set(false);
        selected.set(null);
        rows.setAll(ranked);
        List<Double> scores = ranked.stream().map(ResultRow::score).toList();
        Thresholds t = newData.thresholds();
        double review = t.hasReviewBand() ? t.reviewLower() : t.fail();
        ScoreHistogram bins = ScoreHistogram.of(scores, BINS, t.fail(), review);
        histogram.set(bins);
        thresholds.load(t, bins.high() - bins.low());
        applyThresholds(thresholds.currentProperty().get());
        hasResults.set(true);
        startThumbnails(newData, ranked);
        if (newData.selectedImage() != null && byPath.containsKey(newData.selectedImage())) {
            selected.set(byPath.get(newData.selectedImage()));
        }
    }

    private void startThumbnails(ResultsData newData, List<ResultRow> ranked) {
        Inbox<ThumbnailTask.Loaded> inbox = new Inbox<>();
        thumbnails = inbox;
        ThumbnailTask task = new ThumbnailTask(newData.imageFolder(),
                ranked.stream().map(ResultRow::relativePath).toList(), inbox);
        thumbnailTask = executor.execute(task::run, done -> pulse(), failure -> { });
    }

    /** Applies the thumbnails that arrived since the last pulse. */
    public void pulse() {
        for (ThumbnailTask.Loaded loaded : thumbnails.drain()) {
            ResultRow row = byPath.get(loaded.relativePath());
            if (row != null) {
                row.thumbnailProperty().set(loaded.thumbnail());
            }
        }
    }

    /**
     * Records the inspector's decision on a row (FAIL = defect, PASS = good, REVIEW = unsure; null clears it). It
     * becomes the row's verdict, as in the report, and is handed to whoever keeps the project's decisions.
     */
    public void decide(ResultRow row, Verdict decision) {
        if (row == null || data == null || !data.keepsDecisions() || row.decision() == decision) {
            return;
        }
        undo.push(new PreviousDecision(row.relativePath(), row.decision()));
        canUndo.set(true);
        row.setDecision(decision);
        decisionsChanged();
    }

    /** Takes the last decision back. */
    public void undoDecision() {
        PreviousDecision last = undo.poll();
        canUndo.set(!undo.isEmpty());
        if (last == null || !byPath.containsKey(last.relativePath())) {
            return;
        }
        ResultRow row = byPath.get(last.relativePath());
        row.setDecision(last.decision());
        selected.set(row);
        decisionsChanged();
    }

    /** Whether there is a decision to take back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether decisions are recorded for the ranking shown (the project's images; not a scored batch). */
    public boolean keepsDecisions() {
        return data != null && data.keepsDecisions();
    }

    /** Receives every image's decision after each change. */
    public void setOnDecisions(java.util.function.Consumer<List<io.augtune.project.UserDecision>> listener) {
        onDecisions = Objects.requireNonNull(listener, "listener");
    }

    private void decisionsChanged() {
        recount();
        refilter();
        onDecisions.accept(rows.stream().filter(r -> r.decision() != null)
                .map(r -> new io.augtune.project.UserDecision(r.relativePath(), r.decision(), "")).toList());
    }

    private void applyThresholds(Thresholds current) {
        for (ResultRow row : rows) {
            row.setScoreVerdict(current.verdictFor(row.score()));
        }
        recount();
    }

    private void recount() {
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        long decided = 0;
        for (ResultRow row : rows) {
            tally.merge(row.verdict(), 1, Integer::sum);
            decided += row.decision() != null ? 1 : 0;
        }
        long queue = rows.stream().filter(VerdictFilter.UNDECIDED_REVIEW::accepts).count();
        counts.set(String.format(Locale.ROOT, "%d fail · %d review · %d pass", tally.getOrDefault(Verdict.FAIL, 0),
                tally.getOrDefault(Verdict.REVIEW, 0), tally.getOrDefault(Verdict.PASS, 0))
                + (keepsDecisions() ? String.format(Locale.ROOT, " · %d decided by you · %d to review", decided, queue)
                : ""));
        DecisionCheck check = keepsDecisions() ? DecisionCheck.of(rows, thresholds.currentProperty().get().fail())
                : null;
        rule.set(thresholds.describe() + (check == null ? "" : "\n" + check.describe()));
        decisionThreshold = check == null || check.defects() == 0 ? Double.NaN : check.thresholdForAllDefects();
        canUseDecisionThreshold.set(Double.isFinite(decisionThreshold));
    }

    /** Moves the fail threshold to the highest value that still fails every image marked defect. */
    public void useDecisionThreshold() {
        if (Double.isFinite(decisionThreshold)) {
            thresholds.setFail(decisionThreshold);
        }
    }

    /** Whether a threshold from the decisions exists (at least one image marked defect). */
    public ReadOnlyBooleanProperty canUseDecisionThresholdProperty() {
        return canUseDecisionThreshold.getReadOnlyProperty();
    }

    private void refilter() {
        String needle = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        VerdictFilter filter = verdictFilter.get() == null ? VerdictFilter.ALL : verdictFilter.get();
        visible.setPredicate(row -> filter.accepts(row)
                && (needle.isEmpty() || row.relativePath().toLowerCase(Locale.ROOT).contains(needle)));
    }

    private void loadDetail(ResultRow row) {
        if (detailTask != null && !detailTask.isDone()) {
            detailTask.cancel();
        }
        detailError.set("");
        if (row == null) {
            detail.set(null);
            detailLoading.set(false);
            return;
        }
        detailLoading.set(true);
        DetailLoader loader = detailLoader;
        detailTask = executor.execute(token -> loader.load(row.image(), token), loaded -> {
            if (selected.get() == row) {
                detail.set(loaded);
                detailLoading.set(false);
            }
        }, failure -> {
            if (selected.get() == row && !(failure instanceof CancelledException)) {
                detail.set(null);
                detailLoading.set(false);
                detailError.set(row.relativePath() + ": " + failure.getMessage());
            }
        });
    }

    /** A warning about how the ranking was made (e.g. the tuning could not decide), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** How auto chose the augmentation family of the ranking shown; null when it did not choose. */
    public ReadOnlyObjectProperty<FamilyChoiceSummary> familyChoiceProperty() {
        return familyChoice.getReadOnlyProperty();
    }

    /** The tuning that made the ranking shown (null for none, e.g. a batch): its warning and family choice. */
    public void setTuning(io.augtune.project.TuningResult tuning) {
        note.set(FamilyChoiceSummary.noteOf(tuning));
        familyChoice.set(FamilyChoiceSummary.of(tuning));
    }

    /** Forgets the ranking shown: a new project's tuning has started, nothing of the old one may linger. */
    public void clear() {
        cancel();
        resetFilters();
        data = null;
        detailLoader = null;
        selected.set(null);
        byPath.clear();
        rows.clear();
        detail.set(null);
        detailLoading.set(false);
        detailError.set("");
        histogram.set(null);
        title.set("");
        setTuning(null);
        hasResults.set(false);
    }

    private void resetFilters() {
        filterText.set("");
        verdictFilter.set(VerdictFilter.ALL);
    }

    /** Stops background loading. */
    public void cancel() {
        if (thumbnailTask != null && !thumbnailTask.isDone()) {
            thumbnailTask.cancel();
        }
        if (detailTask != null && !detailTask.isDone()) {
            detailTask.cancel();
        }
    }

    /** The data shown, or null before any. */
    public ResultsData data() {
        return data;
    }

    public ObservableList<ResultRow> rows() {
        return rowsView;
    }

    /** The rows passing the filters, in rank order (the table sorts its own view of them). */
    public FilteredList<ResultRow> visibleRows() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<VerdictFilter> verdictFilterProperty() {
        return verdictFilter;
    }

    public ThresholdModel thresholds() {
        return thresholds;
    }

    public ReadOnlyObjectProperty<ScoreHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "3 fail · 2 review · 40 pass". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** How the threshold was set, in words. */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    /** The selected row; the view binds the table's selection to it. */
    public ObjectProperty<ResultRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ImageDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailLoadingProperty() {
        return detailLoading.getReadOnlyProperty();
    }

    /** Why the selected image could not be shown, or empty. */
    public ReadOnlyStringProperty detailErrorProperty() {
        return detailError.getReadOnlyProperty();
    }

    public DoubleProperty heatmapOpacityProperty() {
        return heatmapOpacity;
    }

    public ReadOnlyBooleanProperty hasResultsProperty() {
        return hasResults.getReadOnlyProperty();
    }
}
