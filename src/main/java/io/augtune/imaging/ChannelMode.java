package io.augtune.imaging;

/** How a folder scan sets the channel count of its rasters. */
public enum ChannelMode {
    /** Keep each image's channels; if the folder mixes gray and RGB, gray images are replicated to RGB. */
    AUTO,
    /** Every raster is gray; RGB images become their Rec. 601 luminance. */
    GRAY,
    /** Every raster is RGB; gray images are replicated into three channels. */
    RGB
}
