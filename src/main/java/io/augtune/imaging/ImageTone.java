package io.augtune.imaging;

import io.augtune.common.Raster;

/**
 * How a detector sees an image's overall brightness and contrast. Parts of one kind are lit and exposed a little
 * differently; to a local detector a darker or flatter part is unusual everywhere, so lighting ranked good parts among
 * the defects (ELPV poly, pretrained patches alone: 0.849 as the images are, 0.880 standardised; measured in
 * src/site/markdown/method-and-measurements.md, "Each image's tone"). Whether a whole part is darker or unevenly lit
 * is the global term's question, which reads the image as it is.
 */
public enum ImageTone {
    /** The image as it is (models saved before December 2026). */
    AS_IS,
    /**
     * Every image brought to the mean {@value #MEAN} and standard deviation {@value #SPREAD} of its values (all
     * channels together, so colours keep their balance), clipped to [0, 1]: about 3.3 standard deviations either side.
     */
    STANDARDISED;

    public static final double MEAN = 0.5;
    public static final double SPREAD = 0.15;
    /** A flat image's standard deviation is taken as this, so that noise is not stretched to full contrast. */
    static final double FLAT = 0.001;

    /** The image as this tone sees it: the same raster for {@link #AS_IS}, else a new one. */
    public Raster apply(Raster image) {
        if (this == AS_IS) {
            return image;
        }
        float[] v = image.data();
        double sum = 0;
        for (float x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        double sq = 0;
        for (float x : v) {
            sq += (x - mean) * (x - mean);
        }
        double gain = SPREAD / Math.max(FLAT, Math.sqrt(sq / v.length));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) Math.min(1, Math.max(0, (v[i] - mean) * gain + MEAN));
        }
        return new Raster(image.width(), image.height(), image.channels(), out);
    }
}
