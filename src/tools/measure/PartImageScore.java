import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.evaluation.Auroc;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFile;
import io.augtune.imaging.ImageFolder;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.NormalSpread;
import io.augtune.model.HoldoutSplit;
import io.augtune.model.ScoringModel;
import io.augtune.scoring.AnomalyMap;
import io.augtune.imaging.Resizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Which statistic of a part's map should be its image score in the fused default (issue #14): the map's maximum or
 * the mean of its k highest values, which the frozen part alone ranked better on KolektorSDD
 * (method-and-measurements.md, "Design choices"). A tuned project of src/tools/measure/inspector.sh is loaded; its
 * parts map the held-back normals (the product's seeded split) and the production images; each part's statistic is
 * put on the scale of the held-back ones as the product does, and the fused score (parts' z added, joined with the
 * global excess as the model joins them) ranks the production images. Prints the image AUROC per statistic.
 *
 * <p>Usage (after ./mvnw -q -DskipTests package): {@code src/tools/measure/probe-tuned.sh PartImageScore.java
 * DATASET_DIR OUT_DIR} on every tuned project of OUT_DIR, or on one: {@code java -cp target/classes:target/lib/*
 * src/tools/measure/PartImageScore.java MODEL_DIR NORMAL_DIR PRODUCTION_DIR SEED HOLDOUT_FRACTION NAME}; production
 * images under a folder named {@code good} are the good ones.
 */
public class PartImageScore {
    public static void main(String[] args) throws Exception {
        CancellationToken none = CancellationToken.none();
        ImageDecoder decoder = new ImageDecoder();
        List<ImageFile> normals = ImageFolder.list(Path.of(args[1]), false).images();
        boolean[] held = HoldoutSplit.heldBack(normals.size(), Double.parseDouble(args[4]), Long.parseLong(args[3]));
        List<ImageFile> files = ImageFolder.list(Path.of(args[2]), true).images();
        boolean[] defective = new boolean[files.size()];
        for (int i = 0; i < files.size(); i++) {
            defective[i] = !files.get(i).relativePath().startsWith("good/");
        }
        try (ScoringModel model = ScoringModel.load(Path.of(args[0]))) {
            FusedLocaliser fused = (FusedLocaliser) model.localiser().orElseThrow();
            List<Raster> heldBack = new ArrayList<>();
            for (int i = 0; i < normals.size(); i++) {
                if (held[i]) {
                    heldBack.add(model.prepareForMaps(decoder.decode(normals.get(i).path()).raster()));
                }
            }
            List<Raster> production = new ArrayList<>();
            for (ImageFile f : files) {
                production.add(model.prepareForMaps(decoder.decode(f.path()).raster()));
            }
            List<List<AnomalyMap>> heldMaps = new ArrayList<>();
            List<List<AnomalyMap>> prodMaps = new ArrayList<>();
            for (FusedLocaliser.Part p : fused.parts()) {
                heldMaps.add(p.localiser().maps(at(heldBack, p), none));
                prodMaps.add(p.localiser().maps(at(production, p), none));
            }
            double[] excess = new double[files.size()];
            if (fused.global() != null) {
                FusedLocaliser.GlobalTerm g = fused.global();
                for (int i = 0; i < files.size(); i++) {
                    double d = g.distance(io.augtune.scoring.GlobalFeatures.of(production.get(i)));
                    excess[i] = Math.max(0, g.spread().z(d) - g.spread().top());
                }
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d held back, %d production "
                    + "(%d good)", args[5], heldBack.size(), files.size(), goodCount(defective)));
            for (String stat : new String[] {"max", "top5", "top10", "top20"}) {
                ToDoubleFunction<AnomalyMap> f = stat.equals("max") ? AnomalyMap::max
                        : m -> m.topMean(Integer.parseInt(stat.substring(3)));
                // the statistic for the frozen part only, and for both parts
                for (boolean both : new boolean[] {false, true}) {
                    if (stat.equals("max") && both) {
                        continue;
                    }
                    double[] score = new double[files.size()];
                    StringBuilder parts = new StringBuilder();
                    for (int k = 0; k < fused.parts().size(); k++) {
                        String name = fused.parts().get(k).name();
                        ToDoubleFunction<AnomalyMap> own = both || name.equals(FusedLocaliser.FROZEN) ? f
                                : AnomalyMap::max;
                        NormalSpread spread = NormalSpread.of(heldMaps.get(k).stream().mapToDouble(own).toArray());
                        double[] z = prodMaps.get(k).stream().mapToDouble(m -> spread.z(own.applyAsDouble(m)))
                                .toArray();
                        for (int i = 0; i < z.length; i++) {
                            score[i] += z[i];
                        }
                        parts.append(String.format(Locale.ROOT, " %s %.4f", name, Auroc.of(z, defective)));
                    }
                    for (int i = 0; i < score.length; i++) {
                        score[i] = fused.join().join(score[i], excess[i]);
                    }
                    out.append(String.format(Locale.ROOT, "\n  %-6s %-13s fused %.4f |%s", stat,
                            both ? "both parts" : "frozen part", Auroc.of(score, defective), parts));
                }
            }
            out.append(rules(fused, heldMaps, prodMaps, excess, defective));
            System.out.println(out);
        }
    }

    /**
     * With the frozen part's mean of its 10 highest cells: how each part and each way of adding them ranks, so that a
     * weak part's pull on the sum is seen.
     */
    private static String rules(FusedLocaliser fused, List<List<AnomalyMap>> heldMaps,
                                List<List<AnomalyMap>> prodMaps, double[] excess, boolean[] defective) {
        double[][] z = new double[fused.parts().size()][];
        for (int k = 0; k < z.length; k++) {
            ToDoubleFunction<AnomalyMap> own = fused.parts().get(k).name().equals(FusedLocaliser.FROZEN)
                    ? m -> m.topMean(10) : AnomalyMap::max;
            NormalSpread spread = NormalSpread.of(heldMaps.get(k).stream().mapToDouble(own).toArray());
            z[k] = prodMaps.get(k).stream().mapToDouble(m -> spread.z(own.applyAsDouble(m))).toArray();
        }
        int tuned = fused.parts().indexOf(fused.part(FusedLocaliser.TUNED).orElseThrow());
        int frozen = fused.parts().indexOf(fused.part(FusedLocaliser.FROZEN).orElseThrow());
        StringBuilder out = new StringBuilder("\n  top10 frozen part, rules:");
        String[] names = {"frozen + global", "tuned + frozen", "0.5 tuned + frozen + global",
            "parts capped at 5 + global", "tuned capped at frozen's largest + frozen + global"};
        for (String name : names) {
            double[] score = new double[defective.length];
            for (int i = 0; i < defective.length; i++) {
                double t = z[tuned][i];
                double f = z[frozen][i];
                score[i] = switch (name) {
                    case "frozen + global" -> f + excess[i];
                    case "tuned + frozen" -> t + f;
                    case "0.5 tuned + frozen + global" -> 0.5 * t + f + excess[i];
                    case "parts capped at 5 + global" -> Math.min(t, 5) + Math.min(f, 5) + excess[i];
                    default -> Math.min(t, Math.max(f, 0)) + f + excess[i];
                };
            }
            out.append(String.format(Locale.ROOT, " %s %.4f |", name, Auroc.of(score, defective)));
        }
        return out.toString();
    }

    private static List<Raster> at(List<Raster> images, FusedLocaliser.Part p) {
        return images.stream().map(r -> Resizer.resize(r, p.localiser().inputWidth(), p.localiser().inputHeight()))
                .toList();
    }

    private static long goodCount(boolean[] defective) {
        return java.util.stream.IntStream.range(0, defective.length).filter(i -> !defective[i]).count();
    }
}
