package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.evaluation.Auroc;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFile;
import io.augtune.imaging.ImageFolder;
import io.augtune.model.HoldoutSplit;
import io.augtune.model.ScoringModel;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GlobalFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Measurement, not a test (issue #17): how far should the cells of a part marked Good vouch for other cells? Before
 * the factor ({@link MarkedCells}, the default since: "farther by a factor 1.25") a query's distance after a mark was
 * the smaller of its distance to the bank and to the marked part's cells, however far those were; a marked cell then
 * also explained defect cells merely nearer to it than to the bank. Here the marked cells count only within a reach
 * taken from the held-back normal cells' own distances to the bank (a quantile of them), or as that much farther, or
 * some times farther, or only where some times nearer than the bank. One tuned project of
 * src/tools/measure/inspector.sh (its model unzipped),
 * the first 10 good parts of its ranking before any mark (its report, as the inspector chose them), the production
 * images ranked again under each rule; image AUROC of the images not marked. Run on demand, one thread:
 * <pre>
 * OMP_NUM_THREADS=1 ./mvnw -q test -Dtest=TeachReachRun -Daugtune.teach=true -Daugtune.teach.model=MODEL_DIR \
 *   -Daugtune.teach.data=DATASETS/TASK -Daugtune.teach.before=OUT/before-SEED.csv -Daugtune.teach.seed=SEED
 * </pre>
 * ({@code src/tools/measure/teach-reach.sh DATASET_DIR OUT_DIR} runs it on every run of OUT_DIR.)
 */
@EnabledIfSystemProperty(named = "augtune.teach", matches = "true")
class TeachReachRun {
    private static final CancellationToken NONE = CancellationToken.none();
    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999};

    @Test
    void compareReaches() throws Exception {
        Path data = Path.of(System.getProperty("augtune.teach.data"));
        long seed = Long.getLong("augtune.teach.seed", 42L);
        double fraction = Double.parseDouble(System.getProperty("augtune.teach.holdout", "0.2"));
        ImageDecoder decoder = new ImageDecoder();
        List<ImageFile> files = ImageFolder.list(data.resolve("test"), true).images();
        List<String> marked = firstGood(Path.of(System.getProperty("augtune.teach.before")));
        boolean[] defective = new boolean[files.size()];
        boolean[] isMarked = new boolean[files.size()];
        for (int i = 0; i < files.size(); i++) {
            defective[i] = !files.get(i).relativePath().startsWith("good/");
            isMarked[i] = marked.contains(files.get(i).relativePath());
        }
        List<ImageFile> normals = ImageFolder.list(data.resolve("good"), false).images();
        boolean[] held = HoldoutSplit.heldBack(normals.size(), fraction, seed);
        try (ScoringModel model = ScoringModel.load(Path.of(System.getProperty("augtune.teach.model")))) {
            FusedLocaliser fused = (FusedLocaliser) model.localiser().orElseThrow();
            List<Raster> production = new ArrayList<>();
            for (ImageFile f : files) {
                production.add(model.prepareForMaps(decoder.decode(f.path()).raster()));
            }
            List<Raster> heldBack = new ArrayList<>();
            for (int i = 0; i < normals.size(); i++) {
                if (held[i]) {
                    heldBack.add(model.prepareForMaps(decoder.decode(normals.get(i).path()).raster()));
                }
            }
            List<Raster> markedImages = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (isMarked[i]) {
                    markedImages.add(production.get(i));
                }
            }
            int parts = fused.parts().size();
            PartData[] byPart = new PartData[parts];
            for (int k = 0; k < parts; k++) {
                byPart[k] = PartData.of(fused.parts().get(k).localiser(), production, heldBack, markedImages);
            }
            double[] globalBefore = new double[files.size()];
            double[] globalAfter = new double[files.size()];
            FusedLocaliser.GlobalTerm taught = fused.global() == null ? null : fused.global().withNormals(markedImages);
            for (int i = 0; i < files.size(); i++) {
                double[] d = GlobalFeatures.of(production.get(i));
                globalBefore[i] = fused.global() == null ? Double.NaN : fused.global().distance(d);
                globalAfter[i] = taught == null ? Double.NaN : taught.distance(d);
            }
            Map<String, DoubleBinaryOperator> rules = new LinkedHashMap<>();
            rules.put("nothing taught", (kept, added) -> kept);
            rules.put("nearest, exact (before the factor)", Math::min);
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s seed %d: %d production (%d marked), "
                    + "%d held back", data.getFileName(), seed, files.size(), marked.size(), heldBack.size()));
            for (int k = 0; k < parts; k++) {
                out.append(String.format(Locale.ROOT, "\n  %s held-back cell distances: q50 %.3f q90 %.3f q99 %.3f"
                        + " q99.9 %.3f", fused.parts().get(k).name(), byPart[k].reach(0.5), byPart[k].reach(0.9),
                        byPart[k].reach(0.99), byPart[k].reach(0.999)));
            }
            for (String name : rules.keySet()) {
                out.append(line(name, fused, byPart, k -> rules.get(name), name.startsWith("nothing") ? globalBefore
                        : globalAfter, defective, isMarked));
            }
            for (double q : QUANTILES) {
                out.append(line("within reach q" + q * 100, fused, byPart, k -> {
                    double r = byPart[k].reach(q);
                    return (kept, added) -> added <= r ? Math.min(kept, added) : kept;
                }, globalAfter, defective, isMarked));
            }
            for (double q : new double[] {0.1, 0.25, 0.5, 0.9}) {
                out.append(line("farther by q" + q * 100, fused, byPart, k -> {
                    double r = byPart[k].reach(q);
                    return (kept, added) -> Math.min(kept, added + r);
                }, globalAfter, defective, isMarked));
            }
            for (double factor : new double[] {1.25, 1.5, 2}) {
                String shipped = factor == MarkedCells.FACTOR ? " (the default)" : "";
                out.append(line("farther by a factor " + factor + shipped, fused, byPart,
                        k -> (kept, added) -> Math.min(kept, added * factor), globalAfter, defective, isMarked));
            }
            for (double ratio : new double[] {0.5, 0.7}) {
                out.append(line("only where nearer than " + ratio + " x the bank", fused, byPart, k -> (kept, added)
                        -> added <= ratio * kept ? added : kept, globalAfter, defective, isMarked));
            }
            for (String part : new String[] {FusedLocaliser.FROZEN, FusedLocaliser.TUNED}) {
                for (double q : new double[] {0.5, 0.9}) {
                    out.append(line(part + " within reach q" + q * 100 + ", other unbounded", fused, byPart, k -> {
                        double r = fused.parts().get(k).name().equals(part) ? byPart[k].reach(q)
                                : Double.POSITIVE_INFINITY;
                        return (kept, added) -> added <= r ? Math.min(kept, added) : kept;
                    }, globalAfter, defective, isMarked));
                }
                out.append(line(part + " untaught, other unbounded", fused, byPart, k -> fused.parts().get(k).name()
                        .equals(part) ? (kept, added) -> kept : Math::min, globalAfter, defective, isMarked));
            }
            out.append(line("within reach q99, global untaught", fused, byPart, k -> {
                double r = byPart[k].reach(0.99);
                return (kept, added) -> added <= r ? Math.min(kept, added) : kept;
            }, globalBefore, defective, isMarked));
            System.out.println(out);
        }
    }

    private static String line(String name, FusedLocaliser fused, PartData[] byPart,
                               java.util.function.IntFunction<DoubleBinaryOperator> rule, double[] global,
                               boolean[] defective, boolean[] isMarked) {
        int n = defective.length;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            List<AnomalyMap> maps = new ArrayList<>();
            for (int k = 0; k < byPart.length; k++) {
                maps.add(byPart[k].map(i, rule.apply(k)));
            }
            score[i] = fused.scored(maps, global[i]).score();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!isMarked[i]) {
                kept.add(i);
            }
        }
        double[] s = kept.stream().mapToDouble(i -> score[i]).toArray();
        boolean[] d = new boolean[kept.size()];
        for (int j = 0; j < d.length; j++) {
            d[j] = defective[kept.get(j)];
        }
        return String.format(Locale.ROOT, "\n  %-44s %.4f", name, Auroc.of(s, d));
    }

    /** One part's production queries with their distances to the bank and to the marked parts' entries. */
    private record PartData(Localiser localiser, double[][] kept, double[][] added, double[] heldBackSorted,
                            List<AnomalyMap> fixed) {
        static PartData of(Localiser part, List<Raster> production, List<Raster> heldBack, List<Raster> marked) {
            List<Raster> prod = FusedLocaliser.resized(production, part);
            List<Raster> held = FusedLocaliser.resized(heldBack, part);
            List<Raster> mark = FusedLocaliser.resized(marked, part);
            if (part instanceof FrozenPatchLocaliser frozen) {
                List<float[][]> queries = prod.stream().map(frozen::cells).toList();
                List<float[]> entries = new ArrayList<>();
                mark.forEach(r -> entries.addAll(Arrays.asList(frozen.cells(r))));
                double[] heldDistances = held.stream().flatMapToDouble(r -> Arrays.stream(
                        frozen.bank().nearestDistances(frozen.cells(r), NONE))).sorted().toArray();
                return measured(part, frozen.bank(), queries, entries, heldDistances);
            }
            if (part instanceof PatchGridLocaliser grid && grid.bank() != null) {
                List<float[][]> queries = grid.patchScores(prod, NONE).stream().map(PatchGridLocaliser.Patches::embeddings)
                        .toList();
                List<float[]> entries = new ArrayList<>();
                grid.patchScores(mark, NONE).forEach(p -> entries.addAll(Arrays.asList(p.embeddings())));
                double[] heldDistances = grid.patchScores(held, NONE).stream().flatMapToDouble(p -> Arrays.stream(
                        p.scores())).sorted().toArray();
                return measured(part, grid.bank(), queries, entries, heldDistances);
            }
            return new PartData(part, null, null, null, part.maps(prod, NONE));
        }

        private static PartData measured(Localiser part, PatchMemoryBank bank, List<float[][]> queries,
                                         List<float[]> entries, double[] heldDistances) {
            PatchMemoryBank added = new PatchMemoryBank(entries.toArray(new float[0][]));
            double[][] kept = queries.stream().map(q -> bank.nearestDistances(q, NONE)).toArray(double[][]::new);
            double[][] nearMarked = queries.stream().map(q -> added.nearestDistances(q, NONE))
                    .toArray(double[][]::new);
            return new PartData(part, kept, nearMarked, heldDistances, null);
        }

        double reach(double quantile) {
            return heldBackSorted == null ? 0 : heldBackSorted[(int) Math.min(heldBackSorted.length - 1,
                    Math.floor(quantile * heldBackSorted.length))];
        }

        AnomalyMap map(int image, DoubleBinaryOperator rule) {
            if (fixed != null) {
                return fixed.get(image);
            }
            double[] d = new double[kept[image].length];
            for (int i = 0; i < d.length; i++) {
                d[i] = rule.applyAsDouble(kept[image][i], added[image][i]);
            }
            return localiser instanceof FrozenPatchLocaliser frozen ? frozen.mapOf(d)
                    : ((PatchGridLocaliser) localiser).mapOf(d);
        }
    }

    /** The inspector of inspector.sh: the first 10 good parts from the top of the report before any mark. */
    private static List<String> firstGood(Path beforeCsv) throws Exception {
        List<String> lines = Files.readAllLines(beforeCsv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int file = header.indexOf("file");
        int score = header.indexOf("score");
        return lines.stream().skip(1).map(l -> l.split(","))
                .sorted(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[score])))
                .map(r -> r[file]).filter(f -> f.startsWith("good/")).limit(10).toList();
    }
}
