import io.augtune.common.Raster;
import io.augtune.imaging.ImageDecoder;
import io.augtune.localise.FusedLocaliser;
import io.augtune.model.ScoringModel;
import io.augtune.scoring.GlobalFeatures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Which parts of the fused default a Good mark should teach (issue #17), compared on one simulated inspector's run of
 * src/tools/measure/inspector.sh: the fused score is the parts' z-scores added, joined with the global term's excess as
 * the model joins them ({@code FusedLocaliser.GlobalJoin}), each on
 * the scale calibrated before any mark, so a rule that teaches some parts is the score made of those parts' z after
 * the marks (the report after {@code decide}) and the others' before. The global term's distance after the marks is
 * recomputed here from the model (the nearer of the Gaussian's mean and the marked parts), so the rule can be compared
 * with reports written by a build that did or did not teach the global term.
 *
 * <p>Usage (after ./mvnw -q -DskipTests package; the model is the tuned project's {@code model/} folder, unzipped):
 * {@code java -cp target/classes:target/lib/* src/tools/measure/TeachRules.java MODEL_DIR PRODUCTION_DIR BEFORE.csv
 * AFTER.csv NAME [JOIN]}. Prints the image AUROC of the images not marked under each rule.
 */
public class TeachRules {
    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args[0]);
        Path production = Path.of(args[1]);
        List<Map<String, String>> before = csv(Path.of(args[2]));
        Map<String, Map<String, String>> after = new HashMap<>();
        csv(Path.of(args[3])).forEach(r -> after.put(r.get("file"), r));
        before.sort(Comparator.comparingDouble(r -> -Double.parseDouble(r.get("score"))));
        Map<String, Map<String, String>> was = new HashMap<>();
        before.forEach(r -> was.put(r.get("file"), r));
        // the inspector of inspector.sh: the first 10 good parts from the top of the ranking before
        List<String> marked = before.stream().map(r -> r.get("file")).filter(f -> f.startsWith("good/")).limit(10)
                .toList();
        try (ScoringModel model = ScoringModel.load(modelDir)) {
            FusedLocaliser.GlobalTerm global = ((FusedLocaliser) model.localiser().orElseThrow()).global();
            // the model as tuned: no part taught yet
            FusedLocaliser.GlobalTerm untaught = new FusedLocaliser.GlobalTerm(global.model(), global.spread());
            ImageDecoder decoder = new ImageDecoder();
            Map<String, double[]> descriptors = new HashMap<>();
            for (Map<String, String> r : before) {
                Raster image = decoder.decode(production.resolve(r.get("file"))).raster();
                descriptors.put(r.get("file"), GlobalFeatures.of(model.prepareForMaps(image)));
            }
            Map<String, Double> excessBefore = new HashMap<>();
            Map<String, Double> excessAfter = new HashMap<>();
            Map<String, Double> excessGated = new HashMap<>();
            Map<String, Double> excessBlamed = new HashMap<>();
            // the marked parts the global term itself raised an alarm on (an excess over the held-back range)
            List<String> blamed = marked.stream().filter(m -> untaught.spread().z(untaught.distance(
                    descriptors.get(m))) > global.spread().top()).toList();
            for (Map<String, String> r : before) {
                String file = r.get("file");
                double[] d = descriptors.get(file);
                double distance = untaught.distance(d);
                double gated = distance;
                for (String m : marked) {
                    double toMarked = global.model().distance(d, descriptors.get(m));
                    distance = Math.min(distance, toMarked);
                    // gated: a marked part explains only parts as near it as held-back normal parts are to the mean
                    if (toMarked <= global.spread().mean()) {
                        gated = Math.min(gated, toMarked);
                    }
                }
                excessGated.put(file, Math.max(0, global.spread().z(gated) - global.spread().top()));
                double byBlamed = untaught.distance(d);
                for (String m : blamed) {
                    byBlamed = Math.min(byBlamed, global.model().distance(d, descriptors.get(m)));
                }
                excessBlamed.put(file, Math.max(0, global.spread().z(byBlamed) - global.spread().top()));
                excessBefore.put(file, Math.max(0, untaught.spread().z(untaught.distance(d)) - global.spread().top()));
                excessAfter.put(file, Math.max(0, global.spread().z(distance) - global.spread().top()));
            }
            Map<String, ToDoubleFunction<String>> rules = new LinkedHashMap<>();
            // the parts' z added, joined with the global excess as the model joins them
            // (or as a 6th argument says: a model saved before the join was saved, scored by the current one)
            FusedLocaliser.GlobalJoin join = args.length > 5 ? FusedLocaliser.GlobalJoin.valueOf(args[5])
                    : ((FusedLocaliser) model.localiser().orElseThrow()).join();
            // each rule: which report the trained part's z comes from, which the pretrained part's, which excess
            Rule from = (tuned, frozen, excess) -> f -> join.join(part(tuned, f, "tuned") + part(frozen, f, "frozen"),
                    excess.get(f));
            rules.put("nothing taught", from.of(was, was, excessBefore));
            rules.put("trained+pretrained patches", from.of(after, after, excessBefore));
            rules.put("pretrained patches", from.of(was, after, excessBefore));
            rules.put("global", from.of(was, was, excessAfter));
            rules.put("pretrained patches+global", from.of(was, after, excessAfter));
            rules.put("all three", from.of(after, after, excessAfter));
            rules.put("all three, global by the parts it alarmed on", from.of(after, after, excessBlamed));
            rules.put("global gated", from.of(was, was, excessGated));
            rules.put("all three, global gated", from.of(after, after, excessGated));
            StringBuilder out = new StringBuilder(args[4]);
            for (var rule : rules.entrySet()) {
                List<Double> defective = new ArrayList<>();
                List<Double> good = new ArrayList<>();
                for (Map<String, String> r : before) {
                    String file = r.get("file");
                    if (!marked.contains(file)) {
                        (file.startsWith("good/") ? good : defective).add(rule.getValue().applyAsDouble(file));
                    }
                }
                out.append(String.format(java.util.Locale.ROOT, "\t%s=%.4f", rule.getKey(), auroc(defective, good)));
            }
            System.out.println(out);
        }
    }

    /** A teaching rule: the fused score from the reports the parts' z come from and the global excess to use. */
    private interface Rule {
        ToDoubleFunction<String> of(Map<String, Map<String, String>> tuned, Map<String, Map<String, String>> frozen,
                                    Map<String, Double> excess);
    }

    private static double part(Map<String, Map<String, String>> rows, String file, String name) {
        return Double.parseDouble(rows.get(file).get("component_" + name));
    }

    private static double auroc(List<Double> positive, List<Double> negative) {
        double wins = 0;
        for (double p : positive) {
            for (double n : negative) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / positive.size() / negative.size();
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
