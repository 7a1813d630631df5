package io.augtune.evaluation;

import io.augtune.common.UnusableInputException;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Ground-truth defect masks of an MVTec-layout test set: a defective image's mask file read as
 * "pixel value above half of full scale = defect"; a {@code test/good} image's mask is all normal. Labels are only
 * ever used for metrics.
 */
final class GroundTruthMasks {
    private final MvtecDataset dataset;
    private final ImageDecoder decoder = new ImageDecoder();

    /** A mask: row-major {@code [height*width]}, true = defect pixel. */
    record Mask(boolean[] pixels, int width, int height) {
    }

    GroundTruthMasks(MvtecDataset dataset) {
        this.dataset = dataset;
    }

    /** Whether any defect folder of the data set has at least one mask file. */
    boolean any(LabelledImages images) {
        for (int i = 0; i < images.testImages().size(); i++) {
            if (images.anomalous()[i] && file(images, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mask of test image i: all false for a good image, the decoded file for a defective one, or empty when a
     * defective image has no mask file (it then takes no part in the pixel metrics).
     */
    Optional<Mask> of(LabelledImages images, int i) throws UnusableInputException {
        LoadedImage image = images.testImages().get(i);
        if (!images.anomalous()[i]) {
            int w = image.info().width();
            int h = image.info().height();
            return Optional.of(new Mask(new boolean[Math.multiplyExact(w, h)], w, h));
        }
        Optional<Path> file = file(images, i);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        DecodedImage decoded = decoder.decode(file.get());
        return Optional.of(toMask(decoded.raster()));
    }

    private Optional<Path> file(LabelledImages images, int i) {
        String group = images.groups().get(i);
        MvtecDataset.TestGroup testGroup = dataset.testGroups().stream().filter(g -> g.name().equals(group))
                .findFirst().orElseThrow();
        return dataset.maskFor(testGroup, images.testImages().get(i).info().path());
    }

    /** Channel 0 above 0.5 is defect (masks are 0/255, sometimes saved as RGB). */
    private static Mask toMask(Raster raster) {
        boolean[] pixels = new boolean[raster.planeSize()];
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = raster.data()[p] > 0.5f;
        }
        return new Mask(pixels, raster.width(), raster.height());
    }
}
