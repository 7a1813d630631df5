package io.augtune.project;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a tuning result was made, so it can be repeated and trusted: versions, seed, device and data fingerprints.
 *
 * @param appVersion        AugTune Inspector version
 * @param djlVersion        DJL version
 * @param pytorchVersion    libtorch version
 * @param seed              the seed the run used
 * @param device            compute device, e.g. {@code "cpu()"}
 * @param created           when the result was made
 * @param normalSetHash     {@link #setHashOf fingerprint} of the normal images
 * @param productionSetHash {@link #setHashOf fingerprint} of the production images
 */
public record Provenance(String appVersion, String djlVersion, String pytorchVersion, long seed, String device,
                         Instant created, String normalSetHash, String productionSetHash) {

    public Provenance {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(djlVersion, "djlVersion");
        Objects.requireNonNull(pytorchVersion, "pytorchVersion");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(created, "created");
        normalSetHash = Checks.sha256(normalSetHash, "normalSetHash");
        productionSetHash = Checks.sha256(productionSetHash, "productionSetHash");
    }

    /**
     * The fingerprint of one folder's images: SHA-256 of the lines {@code relativePath TAB sha256 LF}, sorted by
     * path. Equal fingerprints mean the same files with the same contents, whatever order they were listed in.
     */
    public static String setHashOf(List<ManifestEntry> manifest, ImageRole role) {
        String lines = manifest.stream()
                .filter(entry -> entry.role() == role)
                .sorted(Comparator.comparing(ManifestEntry::relativePath))
                .map(entry -> entry.relativePath() + '\t' + entry.sha256() + '\n')
                .collect(Collectors.joining());
        return Sha256.ofText(lines);
    }
}
