package io.augtune.evaluation;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.engine.Detector;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageSets;
import io.augtune.common.Raster;
import io.augtune.localise.ImageAspect;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchLocaliser;
import io.augtune.scoring.AnomalyMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Localisation metrics on a labelled test set: every test image's map is resampled to its mask's
 * size (the original image size) and added to bounded-memory accumulators of pixel AUROC, pixel F1-max and AUPRO
 * (FPR ≤ 0.3); the image AUROC of the map maximum is measured too. Memory: one original-size map and mask at a
 * time, plus the accumulators' fixed histograms, whatever the number or size of the images.
 */
public final class PixelEvaluation {
    private static final int CHUNK = 16;

    /**
     * @param pixelAuroc    pixel AUROC over all test images with a mask (NaN when the data set has no masks)
     * @param aupro         normalised area under the PRO curve up to FPR 0.3 (NaN without masks)
     * @param f1Max         best pixel F1 over thresholds (NaN without masks)
     * @param imageAurocMap image AUROC of the per-image map maximum ({@code max_map_score})
     * @param maskedImages  test images that took part in the pixel metrics
     */
    public record Result(double pixelAuroc, double aupro, double f1Max, double imageAurocMap, int maskedImages) {
        public static Result notRun() {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
    }

    /** Sees each test image's original-size map with its mask, for analyses beyond the standard metrics. */
    interface MapListener {
        MapListener NONE = (index, map, mask) -> { };

        void onMap(int index, AnomalyMap map, GroundTruthMasks.Mask mask);
    }

    private PixelEvaluation() {
    }

    /**
     * The metrics of the default localiser ({@link LocaliserSpec#defaultFor}) of a trained detector: fitted on all
     * normal images of the task, measured on its test images. With a tile grid the images are read again at its size.
     */
    public static Result ofDetector(Detector detector, LabelledImages images, MvtecDataset dataset,
                                    CancellationToken cancel) throws UnusableInputException {
        int size = detector.config().inputSize();
        ImageAspect typical = ImageAspect.of(ImageFolder.list(dataset.normalFolder(), false).images());
        LocaliserSpec spec = LocaliserSpec.defaultFor(size, typical.width(), typical.height());
        List<Raster> normal = images.normal();
        List<Raster> test = images.test();
        if (spec.tilesX() > 1 || spec.tilesY() > 1) {
            int width = spec.tilesX() * size;
            int height = spec.tilesY() * size;
            normal = atSize(dataset.normalFolder(), width, height, images.channels(), cancel);
            test = new ArrayList<>();
            for (MvtecDataset.TestGroup g : dataset.testGroups()) {
                test.addAll(atSize(g.folder(), width, height, images.channels(), cancel));
            }
        }
        return measure(PatchLocaliser.fit(detector, spec, normal, cancel), test, images, dataset, cancel);
    }

    /** A folder's usable images at width x height, in the order (and with the skips) of {@link LabelledImages}. */
    static List<Raster> atSize(Path folder, int width, int height, int channels, CancellationToken cancel)
            throws UnusableInputException {
        FolderScan scan = new FolderLoader(new ImageDecoder()).loadAtResolution(ImageFolder.list(folder, false),
                width, height, ChannelMode.AUTO, cancel, (a, b, c) -> { });
        return ImageSets.rasters(scan.images(), channels);
    }

    /** The standard metrics of a localiser on the test images of a labelled data set. */
    public static Result measure(Localiser localiser, List<Raster> testRasters, LabelledImages images,
                                 MvtecDataset dataset, CancellationToken cancel) throws UnusableInputException {
        return measure(localiser, testRasters, images, dataset, cancel, MapListener.NONE);
    }

    /**
     * @param testRasters the test images at the localiser's input size, in the order of {@code images.test()}
     */
    static Result measure(Localiser localiser, List<Raster> testRasters, LabelledImages images, MvtecDataset dataset,
                          CancellationToken cancel, MapListener listener) throws UnusableInputException {
        Accumulator acc = new Accumulator(images, dataset, listener);
        for (int from = 0; from < testRasters.size(); from += CHUNK) {
            acc.addAll(localiser.maps(testRasters.subList(from, Math.min(testRasters.size(), from + CHUNK)), cancel));
        }
        return acc.result();
    }

    /** The metrics of maps already made, one per test image in the order of {@code images.test()}. */
    public static Result ofMaps(List<AnomalyMap> maps, LabelledImages images, MvtecDataset dataset)
            throws UnusableInputException {
        Accumulator acc = new Accumulator(images, dataset, MapListener.NONE);
        acc.addAll(maps);
        return acc.result();
    }

    /** Adds maps in test order to the pixel accumulators; the image maxima are kept for the image AUROC. */
    private static final class Accumulator {
        private final LabelledImages images;
        private final GroundTruthMasks masks;
        private final boolean withMasks;
        private final MapListener listener;
        private final PixelAuroc pixels = new PixelAuroc();
        private final Aupro aupro = new Aupro();
        private final double[] maxima;
        private int next;
        private int masked;

        Accumulator(LabelledImages images, MvtecDataset dataset, MapListener listener) {
            this.images = images;
            this.masks = new GroundTruthMasks(dataset);
            this.withMasks = masks.any(images);
            this.listener = listener;
            this.maxima = new double[images.test().size()];
        }

        void addAll(List<AnomalyMap> maps) throws UnusableInputException {
            for (AnomalyMap map : maps) {
                int i = next++;
                maxima[i] = map.max();
                Optional<GroundTruthMasks.Mask> mask = withMasks ? masks.of(images, i) : Optional.empty();
                if (mask.isPresent()) {
                    GroundTruthMasks.Mask m = mask.get();
                    AnomalyMap full = map.resized(m.width(), m.height());
                    pixels.add(full.values(), m.pixels());
                    aupro.add(full.values(), m.pixels(), m.width(), m.height());
                    listener.onMap(i, full, m);
                    masked++;
                }
            }
        }

        Result result() {
            if (next != maxima.length) {
                throw new IllegalStateException(next + " maps for " + maxima.length + " test images");
            }
            return PixelEvaluation.result(pixels, aupro, Auroc.of(maxima, images.anomalous()), masked);
        }
    }

    private static Result result(PixelAuroc pixels, Aupro aupro, double imageAuroc, int masked) {
        if (masked == 0) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, imageAuroc, 0);
        }
        return new Result(pixels.result(), aupro.result(), pixels.f1Max().f1(), imageAuroc, masked);
    }
}
