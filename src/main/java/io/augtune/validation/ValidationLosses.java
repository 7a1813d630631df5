package io.augtune.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The validation losses by their stable names ({@link ValidationLoss#name()}), each with its default settings. */
public final class ValidationLosses {

    private static final Map<String, Supplier<ValidationLoss>> LOSSES = new LinkedHashMap<>();

    static {
        LOSSES.put(UnexplainedDistanceLoss.NAME, UnexplainedDistanceLoss::new);
        LOSSES.put(MeanDistanceLoss.NAME, MeanDistanceLoss::new);
        LOSSES.put(SinkhornLoss.NAME, SinkhornLoss::new);
        LOSSES.put(NearestUnexplainedLoss.NAME, NearestUnexplainedLoss::new);
    }

    private ValidationLosses() {
    }

    /**
     * The known names, the default ({@code unexplained-distance}, chosen by measurement: README, issue #7) first,
     * then the mean-distance loss, the Sinkhorn divergence, and unexplained-distance with nearest neighbours in
     * place of centres.
     */
    public static List<String> names() {
        return List.copyOf(LOSSES.keySet());
    }

    /**
     * A new loss of the given name.
     *
     * @throws IllegalArgumentException naming the valid losses if the name is unknown
     */
    public static ValidationLoss byName(String name) {
        Supplier<ValidationLoss> factory = LOSSES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown validation loss '" + name + "'; valid losses: " + String.join(", ", names()));
        }
        return factory.get();
    }
}
