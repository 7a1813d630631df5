package io.augtune.project;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Small validation and copying helpers shared by the records' compact constructors. */
final class Checks {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private Checks() {
    }

    static String sha256(String hex, String what) {
        Objects.requireNonNull(hex, what);
        String lower = hex.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " must be 64 hex digits: '" + hex + "'");
        }
        return lower;
    }

    /** A lower-case name such as a family, loss or variant: stable in files, safe in command lines. */
    static String identifier(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case name like 'cutdiff': '" + name + "'");
        }
        return name;
    }

    static int atLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
        }
        return value;
    }

    static int between(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ": " + value);
        }
        return value;
    }

    static long atLeast(long value, long min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ": " + value);
        }
        return value;
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number: " + value);
        }
        return value;
    }

    /**
     * An unmodifiable copy sorted by key, so hyperparameters appear in the same order in files, tables and charts
     * on every run (Map.copyOf would not promise an order). Values must be finite.
     */
    static Map<String, Double> hyperparameters(Map<String, Double> values, String what) {
        Objects.requireNonNull(values, what);
        TreeMap<String, Double> sorted = new TreeMap<>();
        values.forEach((name, value) -> {
            Objects.requireNonNull(name, what + " name");
            Objects.requireNonNull(value, what + " " + name);
            sorted.put(name, finite(value, what + " " + name));
        });
        return Collections.unmodifiableMap(sorted);
    }

    /** Throws if two items share a key, naming the key: one image must not appear twice in a list. */
    static <T> void unique(Collection<T> items, Function<T, ?> key, String what) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            Object k = key.apply(item);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(what + " lists " + k + " twice");
            }
        }
    }

    static <T> List<T> list(List<T> items, String what) {
        return List.copyOf(Objects.requireNonNull(items, what));
    }
}
