package io.augtune.workflow;

import io.augtune.common.AppVersion;
import io.augtune.imaging.LoadedImage;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Manifest entries (path, size, content hash) and provenance for the images a run used. */
final class Manifests {
    private Manifests() {
    }

    /** Entries of the images as they were read: the hash is that of the bytes decoded, never a second read. */
    static List<ManifestEntry> entries(ImageRole role, List<LoadedImage> images) {
        List<ManifestEntry> out = new ArrayList<>(images.size());
        for (LoadedImage image : images) {
            out.add(new ManifestEntry(role, image.info().relativePath(), image.info().width(),
                    image.info().height(), image.info().fileBytes(), image.info().sha256()));
        }
        return out;
    }

    static Provenance provenance(List<ManifestEntry> manifest, long seed) {
        return new Provenance(AppVersion.app(), AppVersion.djl(), AppVersion.pytorch(), seed, "cpu()",
                Instant.now(), Provenance.setHashOf(manifest, ImageRole.NORMAL),
                Provenance.setHashOf(manifest, ImageRole.PRODUCTION));
    }
}
