/**
 * Layer 1: listing image folders, decoding 8/16-bit gray/RGB images to float rasters in [0,1], area-average resizing, thumbnails, PNG writing and content hashes. No JavaFX, no DJL.
 */
package io.augtune.imaging;
