package io.augtune.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Bilinear resampling of an image batch at arbitrary source coordinates, built from gather (DJL has no grid-sample).
 *
 * <p>The integer corners are constants; the interpolation weights are the fractional parts of the coordinates, so a
 * gradient on the output reaches whatever the coordinates were computed from. Coordinates outside the image are
 * reflected about the outermost pixel centres (numpy's "reflect"), so no black corners appear: they would give the
 * detector a trivial cue that has nothing to do with real defects.
 */
final class BilinearSampler {

    private BilinearSampler() {
    }

    /**
     * @param images {@code [N, C, H, W]}
     * @param rows   source row per output pixel {@code [N, H, W]}, in pixels (0 = first row centre)
     * @param cols   source column per output pixel {@code [N, H, W]}, in pixels
     * @return {@code [N, C, H, W]}, attached to the manager of {@code rows}
     */
    static NDArray sample(NDArray images, NDArray rows, NDArray cols) {
        long n = images.getShape().get(0);
        long channels = images.getShape().get(1);
        long height = images.getShape().get(2);
        long width = images.getShape().get(3);
        NDArray row = reflect(rows, height - 1);
        NDArray col = reflect(cols, width - 1);
        NDArray row0 = row.stopGradient().floor();
        NDArray col0 = col.stopGradient().floor();
        NDArray row1 = row0.add(1).minimum(height - 1);
        NDArray col1 = col0.add(1).minimum(width - 1);
        NDArray rowFraction = row.sub(row0).reshape(n, 1, height * width);
        NDArray colFraction = col.sub(col0).reshape(n, 1, height * width);

        NDArray flat = images.reshape(n, channels, height * width);
        Corners corners = new Corners(flat, width, channels);
        NDArray top = corners.at(row0, col0).mul(colFraction.neg().add(1))
                .add(corners.at(row0, col1).mul(colFraction));
        NDArray bottom = corners.at(row1, col0).mul(colFraction.neg().add(1))
                .add(corners.at(row1, col1).mul(colFraction));
        NDArray out = top.mul(rowFraction.neg().add(1)).add(bottom.mul(rowFraction));
        return out.reshape(n, channels, height, width);
    }

    /**
     * Folds coordinates into [0, max] by reflection about 0 and max (a triangle wave of period 2·max); piecewise
     * linear, so the gradient passes with slope ±1.
     */
    static NDArray reflect(NDArray coordinates, long max) {
        NDArray folded = coordinates.abs().mod(2.0 * max);
        return folded.sub(max).abs().neg().add(max).clip(0, max);
    }

    /** Gathers the pixel at integer (row, column) corners for every output position. */
    private record Corners(NDArray flatImages, long width, long channels) {

        /** Rows and columns are integer-valued floats {@code [N, H, W]}; returns {@code [N, C, H*W]}. */
        NDArray at(NDArray row, NDArray col) {
            long n = row.getShape().get(0);
            long positions = row.getShape().get(1) * row.getShape().get(2);
            NDArray index = row.mul(width).add(col).toType(DataType.INT64, false)
                    .reshape(n, 1, positions)
                    .broadcast(n, channels, positions);
            return flatImages.gather(index, 2);
        }
    }
}
