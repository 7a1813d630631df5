package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One setting of an augmentation's hyperparameters, held as the unconstrained vector {@code u} that
 * {@link DifferentiableAugmentation#apply} takes, and shown as values in the ranges' units. Immutable.
 */
public final class HyperparameterVector {

    private final List<HyperparameterRange> ranges;
    private final double[] unconstrained;

    private HyperparameterVector(List<HyperparameterRange> ranges, double[] unconstrained) {
        this.ranges = List.copyOf(ranges);
        this.unconstrained = unconstrained.clone();
        if (this.unconstrained.length != this.ranges.size()) {
            throw new IllegalArgumentException(
                    "expected " + this.ranges.size() + " unconstrained values, got " + this.unconstrained.length);
        }
        for (double u : this.unconstrained) {
            if (!Double.isFinite(u)) {
                throw new IllegalArgumentException("unconstrained values must be finite: " + Arrays.toString(unconstrained));
            }
        }
    }

    /** From unconstrained values {@code u}, one per range, in order. */
    public static HyperparameterVector ofUnconstrained(List<HyperparameterRange> ranges, double... u) {
        return new HyperparameterVector(ranges, u);
    }

    /** The middle of every range ({@code u = 0}; geometric middle on a log scale). */
    public static HyperparameterVector midpoint(List<HyperparameterRange> ranges) {
        return new HyperparameterVector(ranges, new double[ranges.size()]);
    }

    /**
     * From values in the ranges' units, keyed by hyperparameter name. Values on a bound are pulled slightly inside
     * (see {@link HyperparameterRange#toUnconstrained}).
     *
     * @throws IllegalArgumentException if a name is missing or unknown, or a value lies outside its range
     */
    public static HyperparameterVector ofValues(List<HyperparameterRange> ranges, Map<String, Double> values) {
        List<String> names = ranges.stream().map(HyperparameterRange::name).toList();
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown hyperparameter '" + name + "'; expected " + names);
            }
        }
        double[] u = new double[ranges.size()];
        for (int k = 0; k < u.length; k++) {
            HyperparameterRange range = ranges.get(k);
            Double value = values.get(range.name());
            if (value == null) {
                throw new IllegalArgumentException("missing hyperparameter '" + range.name() + "'; expected " + names);
            }
            if (!(value >= range.lo() && value <= range.hi())) {
                throw new IllegalArgumentException(range.name() + " = " + value
                        + " lies outside [" + range.lo() + ", " + range.hi() + "]");
            }
            u[k] = range.toUnconstrained(value);
        }
        return new HyperparameterVector(ranges, u);
    }

    /**
     * Reads {@code u} from a float32 or float64 tensor of shape {@code [k]} (e.g. the tuner's parameter). Creates no
     * array, so it is safe on a long-lived manager.
     */
    public static HyperparameterVector fromTensor(List<HyperparameterRange> ranges, NDArray u) {
        if (u.getDataType() == DataType.FLOAT64) {
            return new HyperparameterVector(ranges, u.toDoubleArray());
        }
        float[] values = u.toFloatArray();
        double[] widened = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            widened[k] = values[k];
        }
        return new HyperparameterVector(ranges, widened);
    }

    public List<HyperparameterRange> ranges() {
        return ranges;
    }

    /** A copy of {@code u}, in range order. */
    public double[] unconstrained() {
        return unconstrained.clone();
    }

    /** Name to value in the range's unit, in range order. */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < unconstrained.length; k++) {
            values.put(ranges.get(k).name(), ranges.get(k).toValue(unconstrained[k]));
        }
        return values;
    }

    /** The value of one hyperparameter in its unit. */
    public double value(String name) {
        for (int k = 0; k < unconstrained.length; k++) {
            if (ranges.get(k).name().equals(name)) {
                return ranges.get(k).toValue(unconstrained[k]);
            }
        }
        throw new IllegalArgumentException("unknown hyperparameter '" + name + "'");
    }

    /** {@code u} as a new tensor of shape {@code [k]} on the given manager. */
    public NDArray toTensor(NDManager manager, DataType type) {
        NDArray u = manager.create(unconstrained, new Shape(unconstrained.length));
        if (type == DataType.FLOAT64) {
            return u;
        }
        NDArray converted = u.toType(type, false);
        u.close();
        return converted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HyperparameterVector that
                && ranges.equals(that.ranges) && Arrays.equals(unconstrained, that.unconstrained);
    }

    @Override
    public int hashCode() {
        return 31 * ranges.hashCode() + Arrays.hashCode(unconstrained);
    }

    /** For logs and tooltips, e.g. {@code area=0.085 fraction, aspect=0.548 ratio}. */
    @Override
    public String toString() {
        return ranges.stream()
                .map(r -> String.format(Locale.ROOT, "%s=%.4g %s", r.name(), value(r.name()), r.unit()))
                .collect(Collectors.joining(", "));
    }
}
