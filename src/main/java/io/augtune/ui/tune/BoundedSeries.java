package io.augtune.ui.tune;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of one chart line, kept below a fixed number however long the run: when full, every other point is
 * dropped and from then on only every second (fourth, ...) incoming point is kept. The newest point is always
 * shown, so the line ends where the run is. Not thread-safe; used on the UI thread.
 */
public final class BoundedSeries {
    private final int capacity;
    private final List<double[]> points = new ArrayList<>();
    private int stride = 1;
    private long offered;
    private double[] latest;
    private boolean latestKept = true;
    private boolean rebuilt;
    private int synced;
    private boolean tailShown;
    private long offeredAtSync;

    /** @param capacity largest number of kept points, at least 4 */
    public BoundedSeries(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be at least 4: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a point; non-finite values are ignored (e.g. a loss that was not computed at this step). */
    public void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        latest = new double[] {x, y};
        latestKept = offered++ % stride == 0;
        if (latestKept) {
            points.add(latest);
            if (points.size() > capacity) {
                decimate();
            }
        }
    }

    private void decimate() {
        List<double[]> kept = new ArrayList<>(capacity / 2 + 1);
        for (int i = 0; i < points.size(); i += 2) {
            kept.add(points.get(i));
        }
        points.clear();
        points.addAll(kept);
        stride *= 2;
        rebuilt = true;
        synced = 0;
    }

    /** Kept points, oldest first, plus the newest point if decimation skipped it. */
    public List<double[]> points() {
        List<double[]> all = new ArrayList<>(points);
        if (!latestKept && latest != null) {
            all.add(latest);
        }
        return all;
    }

    public int size() {
        return points.size() + (!latestKept && latest != null ? 1 : 0);
    }

    public int capacity() {
        return capacity;
    }

    /**
     * What changed since the last call, for updating a chart cheaply: after a decimation all points with
     * {@link Changes#replaceAll()} set; otherwise whether to drop the last shown point (a provisional newest point
     * that decimation did not keep) and the points to append.
     */
    public Changes takeChanges() {
        boolean tail = !latestKept && latest != null;
        if (!rebuilt && offered == offeredAtSync) {
            return new Changes(false, false, List.of());
        }
        offeredAtSync = offered;
        Changes changes;
        if (rebuilt) {
            changes = new Changes(true, false, points());
        } else {
            List<double[]> append = new ArrayList<>(points.subList(synced, points.size()));
            if (tail) {
                append.add(latest);
            }
            changes = new Changes(false, tailShown, append);
        }
        rebuilt = false;
        synced = points.size();
        tailShown = tail;
        return changes;
    }

    /** All points when {@code replaceAll}; otherwise drop the last shown point if {@code dropLast}, then append. */
    public record Changes(boolean replaceAll, boolean dropLast, List<double[]> points) {
        public Changes {
            points = List.copyOf(points);
        }

        public boolean isEmpty() {
            return !replaceAll && !dropLast && points.isEmpty();
        }
    }
}
