package io.augtune.evaluation;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageSets;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.model.Scorer;

import java.util.ArrayList;
import java.util.List;

/**
 * A labelled task loaded at the working size (or a patch grid's size): normal training images, and test images with their labels and groups.
 * Labels stay here, for metrics; tuning only ever sees {@link #test()} as unlabeled production images.
 */
public record LabelledImages(List<Raster> normal, List<Raster> test, boolean[] anomalous, List<String> groups,
                             List<LoadedImage> testImages, List<SkippedImage> skipped, int channels) {

    public static LabelledImages load(MvtecDataset dataset, int size, CancellationToken cancel,
                                      ProgressListener progress) throws UnusableInputException {
        return load(dataset, size, size, cancel, progress);
    }

    /** The task with every image at width x height. */
    public static LabelledImages load(MvtecDataset dataset, int width, int height, CancellationToken cancel,
                                      ProgressListener progress) throws UnusableInputException {
        FolderScan normal = ImageSets.load(dataset.normalFolder(), false, width, height, ChannelMode.AUTO, cancel,
                progress);
        List<FolderScan> scans = new ArrayList<>();
        for (MvtecDataset.TestGroup g : dataset.testGroups()) {
            scans.add(ImageSets.load(g.folder(), false, width, height, ChannelMode.AUTO, cancel, progress));
        }
        int channels = normal.images().get(0).raster().channels();
        for (FolderScan s : scans) {
            channels = Math.max(channels, ImageSets.commonChannels(normal, s));
        }
        List<LoadedImage> testImages = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<SkippedImage> skipped = new ArrayList<>(normal.skipped());
        for (int i = 0; i < scans.size(); i++) {
            MvtecDataset.TestGroup g = dataset.testGroups().get(i);
            for (LoadedImage image : scans.get(i).images()) {
                testImages.add(image);
                groups.add(g.name());
                labels.add(g.defective());
            }
            skipped.addAll(scans.get(i).skipped());
        }
        boolean[] anomalous = new boolean[labels.size()];
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = labels.get(i);
        }
        return new LabelledImages(ImageSets.rasters(normal.images(), channels),
                ImageSets.rasters(testImages, channels), anomalous, groups, testImages, skipped, channels);
    }

    /** The test images whose label is {@code defective}: for the sensitivity diagnostic only. */
    public List<Raster> testWithLabel(boolean defective) {
        List<Raster> out = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (anomalous[i] == defective) {
                out.add(test.get(i));
            }
        }
        return out;
    }

    public int anomalousCount() {
        int n = 0;
        for (boolean a : anomalous) {
            n += a ? 1 : 0;
        }
        return n;
    }

    /** The same task with every raster resized to width x height (area average when shrinking). */
    public LabelledImages resized(int width, int height) {
        return new LabelledImages(Scorer.atSize(normal, width, height), Scorer.atSize(test, width, height), anomalous,
                groups, testImages, skipped, channels);
    }
}
