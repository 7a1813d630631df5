package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.engine.BenchmarkInputs;
import io.augtune.engine.Detector;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.imaging.ChannelConversion;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.MapFacts;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.project.ProjectSettings;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapThreshold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scoring throughput of the default detector (fused, issue #14) for original images of a given size, every step a
 * tuned project takes per image: the resize to the fused input, the trained detector's part (its patch grid against
 * a full bank, or for small images its whole-image localiser), the frozen pretrained cells against a full bank, the
 * global term and the fusion, then the map resampled to the original size and its defect regions measured. The
 * detector has its weights as created and the banks random entries: the cost depends on their sizes, not on what
 * they learnt. Images are generated, so decoding files is not timed. Wall-clock: it means something on a quiet
 * machine only.
 */
public final class FusedBenchmark {
    /** Images scored before timing: the first calls of the JIT and of PyTorch's allocator run slower. */
    static final int WARM_UP = 2;
    /**
     * Generated normal parts the global term's Gaussian (the product needs at least 3) and a whole-image localiser's
     * Gaussians are fitted on.
     */
    private static final int NORMALS = 8;

    private FusedBenchmark() {
    }

    /**
     * Scores {@code images} generated originals of {@code width x height} after a warm-up.
     *
     * @param channels 1 (gray) or 3
     * @return the report, one line an element
     * @throws UnusableInputException when the default settings cannot score images of this size
     */
    public static List<String> run(int width, int height, int channels, int images) throws UnusableInputException {
        ProjectSettings s = ProjectSettings.defaults();
        DetectionPlan plan = DetectionPlan.of(s, width, height);
        Random random = new Random(1);
        try (Detector detector = Detector.create(RunPlan.detectorConfig(s, channels), s.seed())) {
            Timed trained = new Timed(trainedPart(detector, plan, s, width, height, channels, random));
            FrozenBackbone backbone = FrozenBackbone.ofSetting(s.pretrainedFeatures());
            Timed frozen = new Timed(new FrozenPatchLocaliser(FrozenPatchFeatures.load(backbone),
                    BenchmarkInputs.randomBank(FrozenPatchLocaliser.BANK_CAPACITY, backbone.dimension(), random),
                    new FrozenPatchLocaliser.LayerScale(1, (float) FrozenPatchLocaliser.DEEP_WEIGHT,
                            backbone.shallowDimension()), FrozenPatchLocaliser.DEFAULT_TONE, plan.frozen().width(),
                    plan.frozen().height()));
            try {
                return measure(trained, frozen, width, height, channels, images, random);
            } finally {
                ((FrozenPatchLocaliser) frozen.inner()).close();
            }
        }
    }

    private static List<String> measure(Timed trained, Timed frozen, int width, int height, int channels,
                                        int images, Random random) {
        // the parts' largest input, as the fused localiser has it (a whole-image localiser's tiles may exceed the plan's)
        int fw = Math.max(trained.inputWidth(), frozen.inputWidth());
        int fh = Math.max(trained.inputHeight(), frozen.inputHeight());
        List<Raster> normals = new ArrayList<>();
        for (int i = 0; i < NORMALS; i++) {
            normals.add(prepare(original(width, height, channels, random), fw, fh, channels));
        }
        // calibrated as the product calibrates, on held-back normals; this also warms the parts up
        FusedLocaliser.Calibrated c = FusedLocaliser.calibrate(List.of(
                FusedLocaliser.Part.uncalibrated(FusedLocaliser.TUNED, trained),
                FusedLocaliser.Part.uncalibrated(FusedLocaliser.FROZEN, frozen)),
                FusedLocaliser.GlobalTerm.fit(normals), normals.subList(0, WARM_UP), CancellationToken.none());
        FusedLocaliser fused = c.localiser();
        MapThreshold threshold = MapThreshold.fromNormalMaps(c.normalMaps());
        double[] resize = new double[images];
        double[] trainedMs = new double[images];
        double[] frozenMs = new double[images];
        double[] rest = new double[images];
        double[] map = new double[images];
        double[] total = new double[images];
        for (int i = -WARM_UP; i < images; i++) {
            Raster original = original(width, height, channels, random);
            trained.nanos().set(0);
            frozen.nanos().set(0);
            long t0 = System.nanoTime();
            Raster prepared = prepare(original, fused.inputWidth(), fused.inputHeight(), channels);
            long t1 = System.nanoTime();
            FusedLocaliser.Scored scored = fused.score(List.of(prepared), CancellationToken.none()).get(0);
            long t2 = System.nanoTime();
            MapFacts.of(scored.map(), width, height, threshold).fused(scored.score(), scored.components());
            long t3 = System.nanoTime();
            if (i >= 0) {
                resize[i] = (t1 - t0) / 1e6;
                trainedMs[i] = trained.nanos().get() / 1e6;
                frozenMs[i] = frozen.nanos().get() / 1e6;
                rest[i] = (t2 - t1 - trained.nanos().get() - frozen.nanos().get()) / 1e6;
                map[i] = (t3 - t2) / 1e6;
                total[i] = (t3 - t0) / 1e6;
            }
        }
        return List.of(
                String.format(Locale.ROOT, "fused detector (defaults), %dx%d %s originals, %d timed after %d "
                                + "warm-up, %s threads", width, height, channels == 1 ? "gray" : "RGB", images,
                        WARM_UP, System.getenv().getOrDefault("OMP_NUM_THREADS", "default")),
                String.format(Locale.ROOT, "read at: fused input %dx%d; trained %s %s; pretrained %s %s; global "
                        + "term %dx%d; map at original %dx%d", fused.inputWidth(), fused.inputHeight(), size(trained),
                        trained.inner().describe(), size(frozen), frozen.inner().describe(), fused.inputWidth(),
                        fused.inputHeight(), width, height),
                line("resize to fused input", resize),
                line("trained detector", trainedMs),
                line("pretrained cells", frozenMs),
                line("global, part resizes, fusion", rest),
                line("map at original size", map),
                String.format(Locale.ROOT, "scoring                          %8.2f images/s",
                        1000 / BenchmarkInputs.median(total)),
                String.format(Locale.ROOT, "peak resident memory             %8d MB",
                        BenchmarkInputs.peakResidentMb()));
    }

    /**
     * The trained detector's part as a tuned project has it: its patch grid against a full bank of random
     * embeddings or, where the image holds one patch, the whole-image localiser fitted on generated normals.
     */
    private static Localiser trainedPart(Detector detector, DetectionPlan plan, ProjectSettings s, int width,
                                         int height, int channels, Random random) {
        if (plan.patchLevel()) {
            return new PatchGridLocaliser(detector, plan.patches(), BenchmarkInputs.randomBank(
                    PatchGridLocaliser.BANK_CAPACITY, detector.config().embeddingDim(), random), null);
        }
        LocaliserSpec spec = LocaliserSpec.defaultFor(s.workingSize(), width, height);
        int w = spec.tilesX() * s.workingSize();
        int h = spec.tilesY() * s.workingSize();
        List<Raster> normals = new ArrayList<>();
        for (int i = 0; i < NORMALS; i++) {
            normals.add(prepare(original(w, h, channels, random), w, h, channels));
        }
        return PatchLocaliser.fit(detector, spec, normals, CancellationToken.none());
    }

    private static Raster original(int width, int height, int channels, Random random) {
        return ChannelConversion.toChannels(BenchmarkInputs.texture(width, height, random), channels);
    }

    /** As {@link ScoringModel#prepareForMaps} brings an original to the localiser's input. */
    private static Raster prepare(Raster original, int width, int height, int channels) {
        return ChannelConversion.toChannels(Resizer.resize(original, width, height), channels);
    }

    private static String size(Localiser part) {
        return part.inputWidth() + "x" + part.inputHeight();
    }

    /** Below 10 ms three decimals: a small image's steps take microseconds, which one decimal would show as 0. */
    private static String line(String what, double[] ms) {
        double median = BenchmarkInputs.median(ms);
        return String.format(Locale.ROOT, median < 10 ? "%-32s %8.3f ms (median)" : "%-32s %8.1f ms (median)", what,
                median);
    }

    /** A part that adds up the time its maps take; it reads at its inner part's input size. */
    private record Timed(Localiser inner, int inputWidth, int inputHeight, AtomicLong nanos) implements Localiser {
        Timed(Localiser inner) {
            this(inner, inner.inputWidth(), inner.inputHeight(), new AtomicLong());
        }

        @Override
        public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
            long t0 = System.nanoTime();
            List<AnomalyMap> out = inner.maps(prepared, cancel);
            nanos.addAndGet(System.nanoTime() - t0);
            return out;
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }
}
