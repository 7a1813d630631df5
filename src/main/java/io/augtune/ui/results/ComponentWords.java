package io.augtune.ui.results;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fused detector's component scores in an engineer's words, so a part's failure can be traced to what saw it:
 * e.g. "Seen by: pretrained features +4.2 · tuned patches +0.8 · brightness across the part −0.3". Each number is
 * how many normal spreads the part lies above a typical good part for that component.
 */
final class ComponentWords {
    private ComponentWords() {
    }

    /** The line for these components, or an empty string when there are none (the detector is not fused). */
    static String of(Map<String, Double> components) {
        if (components.isEmpty()) {
            return "";
        }
        return components.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %+.1f", name(e.getKey()), e.getValue()).replace('-', '−'))
                .collect(Collectors.joining(" · ", "Seen by (spreads above a typical good part): ", ""));
    }

    static String name(String component) {
        return switch (component) {
            case "tuned" -> "tuned patches";
            case "frozen" -> "pretrained features";
            case "global" -> "brightness across the part";
            default -> component;
        };
    }
}
