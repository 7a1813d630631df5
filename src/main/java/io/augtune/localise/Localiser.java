package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;

import java.util.List;

/**
 * Says where an image looks anomalous: coarse anomaly maps of images prepared at its input size.
 * Callers resample a map to the original image size with {@link AnomalyMap#resized}, whose bilinear convention
 * (pixel centres aligned) matches how every implementation lays its map positions over the image.
 */
public interface Localiser {

    /**
     * Width of the rasters {@link #maps} takes, in pixels: the working size, a multiple of it when tiling, or a patch
     * grid's width.
     */
    int inputWidth();

    /** Height of the rasters {@link #maps} takes, in pixels. */
    int inputHeight();

    /**
     * @param prepared rasters of {@link #inputWidth()} x {@link #inputHeight()} at the model's channel count
     * @return one map per raster, in order, each covering the whole raster
     */
    List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel);

    /** A short name for reports, e.g. {@code "patch-gaussian(stage 1)"}. */
    String describe();
}
