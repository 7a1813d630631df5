package io.augtune.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's images live. Both folders are absolute and normalised in memory; the project file stores
 * them relative to itself where it can (see {@link ProjectStore}).
 *
 * @param normalFolder     folder of known-good images
 * @param productionFolder folder of unlabeled production images
 * @param recursive        whether sub-folders are included
 */
public record DatasetSpec(Path normalFolder, Path productionFolder, boolean recursive) {

    public DatasetSpec {
        normalFolder = Objects.requireNonNull(normalFolder, "normalFolder").toAbsolutePath().normalize();
        productionFolder = Objects.requireNonNull(productionFolder, "productionFolder").toAbsolutePath().normalize();
        if (normalFolder.equals(productionFolder)) {
            throw new IllegalArgumentException("the normal and production folders must differ: " + normalFolder);
        }
    }

    /** The folder that holds images of the given role. */
    public Path folderFor(ImageRole role) {
        return role == ImageRole.NORMAL ? normalFolder : productionFolder;
    }

    /** The absolute file an image reference points to. */
    public Path resolve(ImageRef image) {
        return RelativePaths.resolve(folderFor(image.role()), image.relativePath());
    }

    /** The reference of a file inside one of the folders; throws if the file is not inside that folder. */
    public ImageRef refOf(ImageRole role, Path file) {
        return new ImageRef(role, RelativePaths.relativize(folderFor(role), file));
    }
}
