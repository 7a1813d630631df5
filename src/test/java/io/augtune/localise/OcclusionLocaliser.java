package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Localisation by occlusion, kept for the localisation benchmark that compares it with the maps the app uses: the
 * image is cut into a G x G grid of cells of {@code stride} pixels;
 * for each cell a square of {@code 2 · stride} pixels centred on it is replaced by the mean normal image, and the map
 * value is how much the image's anomaly score (Mahalanobis distance of the embedding) drops. A defect hidden by the
 * patch lowers the score; normal content replaced by normal content barely changes it. Costs G² + 1 forward passes
 * per image. Cell centres sit at {@code (g + 0.5) · stride}, the pixel-centre convention of {@link AnomalyMap#resized}.
 *
 * <p>Uses, but does not own, the detector.
 */
public final class OcclusionLocaliser implements Localiser {
    private final Detector detector;
    private final GaussianModel gaussian;
    private final Raster fill;
    private final int stride;

    /**
     * @param gaussian the image-score Gaussian of the normal embeddings
     * @param fill     what occluded pixels become: the mean normal image at the working size
     * @param stride   cell side in pixels, dividing the working size
     */
    public OcclusionLocaliser(Detector detector, GaussianModel gaussian, Raster fill, int stride) {
        int size = detector.config().inputSize();
        if (fill.width() != size || fill.height() != size || size % stride != 0) {
            throw new IllegalArgumentException("fill must be " + size + "x" + size + " and the stride " + stride
                    + " must divide it");
        }
        this.detector = detector;
        this.gaussian = gaussian;
        this.fill = fill;
        this.stride = stride;
    }

    /** The pixel-wise mean of rasters of one size and channel count. */
    public static Raster meanImage(List<Raster> rasters) {
        Raster first = rasters.get(0);
        double[] sum = new double[first.data().length];
        for (Raster r : rasters) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += r.data()[i];
            }
        }
        float[] mean = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = (float) (sum[i] / rasters.size());
        }
        return new Raster(first.width(), first.height(), first.channels(), mean);
    }

    @Override
    public int inputWidth() {
        return detector.config().inputSize();
    }

    @Override
    public int inputHeight() {
        return detector.config().inputSize();
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        List<AnomalyMap> out = new ArrayList<>(prepared.size());
        for (Raster image : prepared) {
            out.add(map(image, cancel));
        }
        return out;
    }

    private AnomalyMap map(Raster image, CancellationToken cancel) {
        int cells = inputWidth() / stride;
        List<Raster> variants = new ArrayList<>(cells * cells + 1);
        variants.add(image);
        for (int gy = 0; gy < cells; gy++) {
            for (int gx = 0; gx < cells; gx++) {
                variants.add(occluded(image, gx, gy));
            }
        }
        double[] scores = gaussian.mahalanobis(Embeddings.toDoubles(detector.embedRasters(variants, cancel)));
        double[] drops = new double[cells * cells];
        for (int c = 0; c < drops.length; c++) {
            drops[c] = scores[0] - scores[c + 1];
        }
        return new AnomalyMap(cells, cells, drops);
    }

    /** The image with the 2·stride square centred on cell (gx, gy) taken from the fill image. */
    private Raster occluded(Raster image, int gx, int gy) {
        int size = image.width();
        int left = gx * stride - stride / 2;
        int top = gy * stride - stride / 2;
        int right = Math.min(size, left + 2 * stride);
        int bottom = Math.min(size, top + 2 * stride);
        left = Math.max(0, left);
        top = Math.max(0, top);
        float[] data = image.data().clone();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = top; y < bottom; y++) {
                int row = (c * size + y) * size;
                System.arraycopy(fill.data(), row + left, data, row + left, right - left);
            }
        }
        return new Raster(size, size, image.channels(), data);
    }

    @Override
    public String describe() {
        return "occlusion(stride " + stride + ")";
    }
}
