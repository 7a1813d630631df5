package io.augtune.imaging;

import io.augtune.common.SkippedImage;

/**
 * Receives the images of a folder one at a time, at full resolution, in listing order. The decoded image is
 * only valid during the call: keep what is needed (a thumbnail, a resized copy) and let the rest go, so that
 * a folder of thousands of images never sits in memory at once.
 */
public interface ImageVisitor {

    /** A usable image. */
    void usable(ImageInfo info, DecodedImage image);

    /** A file that cannot be used; the default ignores it. */
    default void skipped(SkippedImage skipped) {
    }
}
