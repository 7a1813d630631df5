package io.augtune.project;

import java.util.Objects;

/**
 * One image as it was when the project read it, so a reopened project can tell what moved or changed.
 *
 * @param role         which folder the image is in
 * @param relativePath path inside that folder, '/' separators
 * @param width        width in pixels of the original image
 * @param height       height in pixels of the original image
 * @param bytes        file size in bytes
 * @param sha256       SHA-256 of the file's bytes, lower-case hex
 */
public record ManifestEntry(ImageRole role, String relativePath, int width, int height, long bytes, String sha256) {

    public ManifestEntry {
        Objects.requireNonNull(role, "role");
        RelativePaths.require(relativePath, "relativePath");
        Checks.atLeast(width, 1, "width of " + relativePath);
        Checks.atLeast(height, 1, "height of " + relativePath);
        Checks.atLeast(bytes, 0, "bytes of " + relativePath);
        sha256 = Checks.sha256(sha256, "sha256 of " + relativePath);
    }

    /** The image this entry describes. */
    public ImageRef ref() {
        return new ImageRef(role, relativePath);
    }
}
