package io.augtune.ui.tune;

import io.augtune.project.TrajectoryPoint;
import io.augtune.ui.widgets.SettingNames;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The family trials of {@code --family auto} as the live view draws them: one line per family tried, its trial
 * detector's training loss against step, named in words; the line's name gains the trial's separation when the trial
 * ends and says which family was kept once the trials are over, with the reason beside. UI thread only; points are
 * buffered in {@link BoundedSeries} and copied into the series on {@link #flush()}, as the starts' charts do.
 */
public final class FamilyTrialCurves {
    /** The chart's title. */
    public static final String TITLE = "Training loss (BCE) of each trial detector";

    /**
     * A family tried, as the list beside the chart shows it.
     *
     * @param family     its setting value, e.g. {@code line}
     * @param name       the family in words
     * @param separation its trial's separation; NaN while it trains
     * @param kept       whether the trials kept it
     */
    public record Row(String family, String name, double separation, boolean kept) {
    }

    private final ObservableList<XYChart.Series<Number, Number>> series = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> seriesView
            = FXCollections.unmodifiableObservableList(series);
    private final Map<String, XYChart.Series<Number, Number>> lines = new LinkedHashMap<>();
    private final Map<String, BoundedSeries> buffers = new LinkedHashMap<>();
    private final Map<String, Double> separations = new LinkedHashMap<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kept = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private boolean decided;
    private final ReadOnlyIntegerWrapper maxStep = new ReadOnlyIntegerWrapper(0);

    /** Forgets the previous run's trials. */
    void clear() {
        series.clear();
        lines.clear();
        buffers.clear();
        separations.clear();
        rows.clear();
        summary.set("");
        kept.set("");
        decided = false;
        reason.set("");
        maxStep.set(0);
    }

    /** A trial begins: its line is listed at once, so the legend shows every family tried so far in trial order. */
    void started(String family) {
        lineOf(family);
    }

    /** Buffers the training loss of one trial step; steps without one are skipped. */
    void add(String family, TrajectoryPoint point) {
        lineOf(family);
        buffers.get(family).add(point.step(), point.trainLoss());
        maxStep.set(Math.max(maxStep.get(), point.step()));
    }

    /** A trial ended with this separation; its line says so. */
    void finished(String family, double separation) {
        separations.put(family, separation);
        lineOf(family).setName(lineName(family));
        rows.set(indexOf(family), row(family));
    }

    /** The trials chose {@code family}, clearly or not: its line says so, and the reason is kept for the view. */
    void kept(String family, boolean clearly, String why) {
        decided = clearly;
        kept.set(family);
        reason.set(why == null ? "" : why);
        lines.keySet().forEach(f -> lines.get(f).setName(lineName(f)));
        if (indexOf(family) >= 0) {
            rows.set(indexOf(family), row(family));
        }
        summary.set("kept " + SettingNames.of(family) + separationOf(family).stream()
                .mapToObj(x -> String.format(Locale.ROOT, ", separation %.2f", x)).findFirst().orElse("")
                + (clearly ? "" : ", not clear-cut"));
    }

    /** Copies buffered points into the chart series. */
    void flush() {
        buffers.forEach((family, buffer) -> MetricChartModel.copyChanges(buffer, () -> lines.get(family)));
    }

    /** The families tried so far, in trial order (the lines' order, so their colours). */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** "kept Scratch or crack (thin line), separation 0.71" (", not clear-cut"); empty until the trials chose. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per family tried, in trial order. */
    public ObservableList<XYChart.Series<Number, Number>> series() {
        return seriesView;
    }

    /** The separation a family's trial ended with; empty while it trains or if it was not tried. */
    public OptionalDouble separationOf(String family) {
        Double s = separations.get(family);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** The family the trials kept (its setting value, e.g. {@code line}); empty until they chose. */
    public ReadOnlyStringProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }

    /** Why that family was kept, in the search's words; empty until the trials chose. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The largest trial step so far: the chart's step axis. */
    public ReadOnlyIntegerProperty maxStepProperty() {
        return maxStep.getReadOnlyProperty();
    }

    /** Where a family's line is among the trials (its colour), or -1 if it was not tried. */
    public int indexOf(String family) {
        return new ArrayList<>(lines.keySet()).indexOf(family);
    }

    private XYChart.Series<Number, Number> lineOf(String family) {
        return lines.computeIfAbsent(family, f -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(SettingNames.of(f));
            buffers.put(f, new BoundedSeries(MetricChartModel.POINTS_PER_LINE));
            series.add(line);
            rows.add(new Row(f, SettingNames.of(f), Double.NaN, false));
            return line;
        });
    }

    private Row row(String family) {
        return new Row(family, SettingNames.of(family), separationOf(family).orElse(Double.NaN),
                family.equals(kept.get()));
    }

    /**
     * "Scratch or crack (thin line)", then "…: separation 0.71", then "…: separation 0.71 — kept" ("— kept, not
     * clear-cut" when the runner-up was within the noise or no family saw anything).
     */
    private String lineName(String family) {
        Double s = separations.get(family);
        String name = SettingNames.of(family) + (s == null ? "" : String.format(Locale.ROOT, ": separation %.2f", s));
        if (!family.equals(kept.get())) {
            return name;
        }
        return name + (decided ? " — kept" : " — kept, not clear-cut");
    }
}
