package io.augtune.project;

import java.util.Objects;

/**
 * Names one image of a project: its folder's role and its path inside that folder, with '/' separators.
 *
 * @param role         which folder
 * @param relativePath path inside the folder, e.g. {@code "lot-7/img_001.png"}
 */
public record ImageRef(ImageRole role, String relativePath) implements Comparable<ImageRef> {

    public ImageRef {
        Objects.requireNonNull(role, "role");
        RelativePaths.require(relativePath, "relativePath");
    }

    @Override
    public int compareTo(ImageRef other) {
        int byRole = role.compareTo(other.role);
        return byRole != 0 ? byRole : relativePath.compareTo(other.relativePath);
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + relativePath;
    }
}
