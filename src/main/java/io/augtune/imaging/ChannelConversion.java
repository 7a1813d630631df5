package io.augtune.imaging;

import io.augtune.common.Raster;

/** Converts rasters between gray (1 channel) and RGB (3 channels), for folders that mix the two. */
public final class ChannelConversion {
    /** Rec. 601 luma weights of red, green and blue. */
    public static final double RED_WEIGHT = 0.299;
    public static final double GREEN_WEIGHT = 0.587;
    public static final double BLUE_WEIGHT = 0.114;

    private ChannelConversion() {
    }

    /** The raster with {@code channels} channels (1 or 3); the raster itself when it already has them. */
    public static Raster toChannels(Raster raster, int channels) {
        return switch (channels) {
            case 1 -> toGray(raster);
            case 3 -> toRgb(raster);
            default -> throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
        };
    }

    /** Gray replicated into red, green and blue; an RGB raster is returned as it is. */
    public static Raster toRgb(Raster raster) {
        if (raster.channels() == 3) {
            return raster;
        }
        int plane = raster.planeSize();
        float[] data = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(raster.data(), 0, data, c * plane, plane);
        }
        return new Raster(raster.width(), raster.height(), 3, data);
    }

    /** The Rec. 601 luminance {@code 0.299 R + 0.587 G + 0.114 B}; a gray raster is returned as it is. */
    public static Raster toGray(Raster raster) {
        if (raster.channels() == 1) {
            return raster;
        }
        int plane = raster.planeSize();
        float[] in = raster.data();
        float[] data = new float[plane];
        for (int i = 0; i < plane; i++) {
            double luma = RED_WEIGHT * in[i] + GREEN_WEIGHT * in[plane + i] + BLUE_WEIGHT * in[2 * plane + i];
            data[i] = (float) Math.min(1.0, luma);
        }
        return new Raster(raster.width(), raster.height(), 1, data);
    }
}
