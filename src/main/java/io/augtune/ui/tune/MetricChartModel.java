package io.augtune.ui.tune;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One live chart: a quantity (a loss or a hyperparameter) against step, one line per start of the multi-start run.
 * Points are buffered in {@link BoundedSeries} and copied into the chart's series on {@link #flush()}.
 */
public final class MetricChartModel {
    /** Most points drawn per line; longer runs are decimated. */
    public static final int POINTS_PER_LINE = 300;

    private final String key;
    private final String title;
    private final ObservableList<XYChart.Series<Number, Number>> series = FXCollections.observableArrayList();
    private final Map<Integer, BoundedSeries> buffers = new TreeMap<>();
    private final Map<Integer, XYChart.Series<Number, Number>> lines = new TreeMap<>();

    public MetricChartModel(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The quantity's name, e.g. {@code validationLoss} or {@code area}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The chart's lines, one per start in start order, named "Start 1", "Start 2", ... */
    public ObservableList<XYChart.Series<Number, Number>> series() {
        return series;
    }

    /** Buffers a point of one start; NaN values are ignored. */
    void add(int start, double step, double value) {
        buffers.computeIfAbsent(start, s -> new BoundedSeries(POINTS_PER_LINE)).add(step, value);
    }

    /** Copies buffered changes into the chart series. */
    void flush() {
        buffers.forEach((start, buffer) -> copyChanges(buffer, () -> lineOf(start)));
    }

    /**
     * Brings a chart line up to date with its buffer, cheaply: appends unless the buffer was decimated. The line is
     * asked for only when there is something to draw, so a quantity never measured gets no line.
     */
    static void copyChanges(BoundedSeries buffer, Supplier<XYChart.Series<Number, Number>> lineToDraw) {
        BoundedSeries.Changes changes = buffer.takeChanges();
        if (changes.isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> line = lineToDraw.get();
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(changes.points().size());
        for (double[] point : changes.points()) {
            data.add(new XYChart.Data<>(point[0], point[1]));
        }
        if (changes.replaceAll()) {
            line.getData().setAll(data);
            return;
        }
        if (changes.dropLast() && !line.getData().isEmpty()) {
            line.getData().remove(line.getData().size() - 1);
        }
        line.getData().addAll(data);
    }

    /** Points currently drawn for a start (for tests). */
    public int pointsOf(int start) {
        XYChart.Series<Number, Number> line = lines.get(start);
        return line == null ? 0 : line.getData().size();
    }

    private XYChart.Series<Number, Number> lineOf(int start) {
        return lines.computeIfAbsent(start, s -> {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName("Start " + (s + 1));
            // keep start order, so that colours match across charts
            int index = (int) lines.keySet().stream().filter(other -> other < s).count();
            series.add(Math.min(index, series.size()), line);
            return line;
        });
    }
}
