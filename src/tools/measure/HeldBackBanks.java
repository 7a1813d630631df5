import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.evaluation.Auroc;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFile;
import io.augtune.imaging.ImageFolder;
import io.augtune.localise.FusedLocaliser;
import io.augtune.model.HoldoutSplit;
import io.augtune.model.ScoringModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Should the normal images held back to calibrate a fused model also join its memory banks once the scale is set?
 * (issue #14). A tuned project of src/tools/measure/inspector.sh is loaded as tuned (banks of the training normals
 * alone); the held-back normals (the product's seeded split of the normal folder) are then taught to it as Good marks
 * are, the scale kept; and the production images are ranked by both. Prints the image AUROC of the fused score and of
 * each part, before and after, for: both banks taught, and both banks plus the global term.
 *
 * <p>Usage (after ./mvnw -q -DskipTests package): {@code src/tools/measure/probe-tuned.sh HeldBackBanks.java
 * DATASET_DIR OUT_DIR} on every tuned project of OUT_DIR, or on one (its {@code model/} folder, unzipped):
 * {@code java -cp target/classes:target/lib/* src/tools/measure/HeldBackBanks.java MODEL_DIR NORMAL_DIR
 * PRODUCTION_DIR SEED HOLDOUT_FRACTION NAME}; production images under a folder named {@code good} are the good ones.
 */
public class HeldBackBanks {
    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args[0]);
        Path normalDir = Path.of(args[1]);
        Path production = Path.of(args[2]);
        long seed = Long.parseLong(args[3]);
        double fraction = Double.parseDouble(args[4]);
        CancellationToken none = CancellationToken.none();
        ImageDecoder decoder = new ImageDecoder();
        List<ImageFile> normals = ImageFolder.list(normalDir, false).images();
        boolean[] held = HoldoutSplit.heldBack(normals.size(), fraction, seed);
        List<Raster> heldBack = new ArrayList<>();
        for (int i = 0; i < normals.size(); i++) {
            if (held[i]) {
                heldBack.add(decoder.decode(normals.get(i).path()).raster());
            }
        }
        List<ImageFile> files = ImageFolder.list(production, true).images();
        boolean[] defective = new boolean[files.size()];
        try (ScoringModel model = ScoringModel.load(modelDir)) {
            List<Raster> prepared = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                defective[i] = !files.get(i).relativePath().startsWith("good/");
                prepared.add(model.prepareForMaps(decoder.decode(files.get(i).path()).raster()));
            }
            FusedLocaliser tuned = (FusedLocaliser) model.localiser().orElseThrow();
            long t0 = System.nanoTime();
            FusedLocaliser all = tuned.withNormals(heldBack.stream().map(model::prepareForMaps).toList(), none);
            double teach = (System.nanoTime() - t0) / 1e9;
            FusedLocaliser banks = new FusedLocaliser(all.parts(), tuned.global(), tuned.join());
            Map<String, FusedLocaliser> variants = new LinkedHashMap<>();
            variants.put("as tuned", tuned);
            variants.put("banks taught", banks);
            variants.put("banks+global taught", all);
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d held back (taught in %.1f s), "
                    + "%d production (%d good)", args[5], heldBack.size(), teach, files.size(), goodCount(defective)));
            for (var v : variants.entrySet()) {
                List<FusedLocaliser.Scored> scored = v.getValue().score(prepared, none);
                out.append(String.format(Locale.ROOT, "\n  %-20s fused %.4f", v.getKey(),
                        Auroc.of(scored.stream().mapToDouble(FusedLocaliser.Scored::score).toArray(), defective)));
                for (String part : scored.get(0).components().keySet()) {
                    out.append(String.format(Locale.ROOT, "  %s %.4f", part, Auroc.of(scored.stream()
                            .mapToDouble(s -> s.components().get(part)).toArray(), defective)));
                }
            }
            System.out.println(out);
        }
    }

    private static long goodCount(boolean[] defective) {
        return java.util.stream.IntStream.range(0, defective.length).filter(i -> !defective[i]).count();
    }
}
