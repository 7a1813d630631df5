package io.augtune.localise;

import io.augtune.imaging.ImageLimits;
import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where patch-level detection looks in an image (issue #8): the image is taken at {@code width x height} pixels and
 * cut into square patches of the detector's side {@code patch}, one every {@code stride} pixels across and down. The
 * size is chosen so the patches fit exactly, and the stride divides the patch, so the image falls into cells of
 * {@code stride x stride} pixels that each lie in the same number of patches away from the border: those cells are
 * the positions of the patch-level anomaly map ({@link #cellMap}).
 *
 * @param patch  side of a patch in pixels: the detector's input size
 * @param stride pixels between neighbouring patches; divides {@code patch}
 * @param width  width of the image the grid cuts, {@code patch + (columns - 1) * stride}
 * @param height height of the image the grid cuts
 */
public record PatchGrid(int patch, int stride, int width, int height) {

    public PatchGrid {
        if (patch < 1 || stride < 1 || stride > patch || patch % stride != 0) {
            throw new IllegalArgumentException("stride must divide the patch side: patch " + patch + ", stride "
                    + stride);
        }
        if ((long) width * height > ImageLimits.DEFAULT_MAX_PIXELS) {
            throw new IllegalArgumentException("a patch grid of " + width + "x" + height + " is larger than any image "
                    + "the app reads");
        }
        if (width < patch || height < patch || (width - patch) % stride != 0 || (height - patch) % stride != 0) {
            throw new IllegalArgumentException("a " + width + "x" + height + " image does not fit a grid of "
                    + patch + "-pixel patches every " + stride + " pixels");
        }
    }

    /**
     * The grid for images of a typical original size looked at with a given scale: the scaled size is rounded to the
     * nearest that the patches fit exactly (at least one patch each way, so small images are enlarged to one patch).
     *
     * @param scale     pixels of the grid's image per original pixel, in (0, 1]
     * @param patchSide the detector's input side
     * @param stride    pixels between patches, dividing {@code patchSide}
     */
    public static PatchGrid forImages(int imageWidth, int imageHeight, double scale, int patchSide, int stride) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        }
        return new PatchGrid(patchSide, stride, fit(imageWidth * scale, patchSide, stride),
                fit(imageHeight * scale, patchSide, stride));
    }

    private static int fit(double side, int patch, int stride) {
        long steps = Math.max(0, Math.round((side - patch) / stride));
        return (int) (patch + steps * stride);
    }

    /** Patches across. */
    public int columns() {
        return (width - patch) / stride + 1;
    }

    /** Patches down. */
    public int rows() {
        return (height - patch) / stride + 1;
    }

    /** Patches per image. */
    public int count() {
        return columns() * rows();
    }

    /**
     * The patches of one image, row-major (patch {@code row * columns + column}).
     *
     * @param raster of exactly {@code width x height}
     */
    public List<Raster> cut(Raster raster) {
        if (raster.width() != width || raster.height() != height) {
            throw new IllegalArgumentException("a " + raster.width() + "x" + raster.height() + " image given to a "
                    + width + "x" + height + " patch grid");
        }
        List<Raster> out = new ArrayList<>(count());
        for (int row = 0; row < rows(); row++) {
            for (int column = 0; column < columns(); column++) {
                out.add(raster.crop(column * stride, row * stride, patch));
            }
        }
        return out;
    }

    /** Cells of the anomaly map across: {@code width / stride}. */
    public int cellColumns() {
        return width / stride;
    }

    /** Cells of the anomaly map down. */
    public int cellRows() {
        return height / stride;
    }

    /**
     * Spreads per-patch scores onto the cells of {@code stride x stride} pixels: each cell gets the mean score of the
     * patches that contain it. Cells tile the image exactly, so the map lines up with the image under the usual
     * pixel-centre convention of {@code AnomalyMap.resized}. Averaging also means one odd patch does not light up
     * its whole square on its own: a cell is high when the patches around it agree.
     *
     * @param scores one per patch, in the order of {@link #cut}
     * @return {@code cellRows x cellColumns} values, row-major
     */
    public double[] cellMap(double[] scores) {
        if (scores.length != count()) {
            throw new IllegalArgumentException(scores.length + " patch scores for a grid of " + count());
        }
        int cw = cellColumns();
        int ch = cellRows();
        int span = patch / stride;
        double[] sum = new double[cw * ch];
        int[] covered = new int[cw * ch];
        for (int row = 0; row < rows(); row++) {
            for (int column = 0; column < columns(); column++) {
                double s = scores[row * columns() + column];
                for (int y = row; y < row + span; y++) {
                    for (int x = column; x < column + span; x++) {
                        sum[y * cw + x] += s;
                        covered[y * cw + x]++;
                    }
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= covered[i];
        }
        return sum;
    }
}
