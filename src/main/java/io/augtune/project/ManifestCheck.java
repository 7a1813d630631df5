package io.augtune.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares a project's manifest with the images on disk now, so the app can say which images moved or changed
 * and keep the results of those that still match. Listing the folders is the caller's job (the imaging layer
 * knows which files are images); this class only compares and, where needed, hashes.
 */
public final class ManifestCheck {
    private final Function<Path, String> hasher;

    /**
     * @param hasher SHA-256 of a file's bytes as hex; may throw {@link UncheckedIOException}, which counts the
     *               file as missing
     */
    public ManifestCheck(Function<Path, String> hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** A check that hashes files itself. */
    public static ManifestCheck usingSha256() {
        return new ManifestCheck(Sha256::ofFile);
    }

    /**
     * Checks {@code recorded} against the files listed now. A listed file whose size differs from the record is
     * changed without being hashed; one of equal size is hashed and compared.
     *
     * @param dataset  where the folders are now
     * @param recorded the project's manifest
     * @param onDisk   the images found in the folders now
     */
    public ManifestReport check(DatasetSpec dataset, List<ManifestEntry> recorded, Collection<ImageRef> onDisk) {
        Set<ImageRef> present = new TreeSet<>(onDisk);
        List<ManifestEntry> unchanged = new ArrayList<>();
        List<ManifestEntry> changed = new ArrayList<>();
        List<ManifestEntry> missing = new ArrayList<>();
        for (ManifestEntry entry : sorted(recorded)) {
            if (!present.remove(entry.ref())) {
                missing.add(entry);
                continue;
            }
            switch (compare(entry, dataset.resolve(entry.ref()))) {
                case SAME -> unchanged.add(entry);
                case DIFFERENT -> changed.add(entry);
                case UNREADABLE -> missing.add(entry);
            }
        }
        return new ManifestReport(unchanged, changed, missing, new ArrayList<>(present));
    }

    /**
     * Compares two manifests without touching the disk, e.g. the recorded one with one the imaging layer just
     * built: same path and hash is unchanged, same path with another hash is changed.
     */
    public static ManifestReport compare(List<ManifestEntry> recorded, List<ManifestEntry> current) {
        Map<ImageRef, ManifestEntry> now = new TreeMap<>();
        current.forEach(entry -> now.put(entry.ref(), entry));
        List<ManifestEntry> unchanged = new ArrayList<>();
        List<ManifestEntry> changed = new ArrayList<>();
        List<ManifestEntry> missing = new ArrayList<>();
        for (ManifestEntry entry : sorted(recorded)) {
            ManifestEntry found = now.remove(entry.ref());
            if (found == null) {
                missing.add(entry);
            } else if (found.sha256().equals(entry.sha256())) {
                unchanged.add(entry);
            } else {
                changed.add(entry);
            }
        }
        return new ManifestReport(unchanged, changed, missing, new ArrayList<>(now.keySet()));
    }

    private enum Match { SAME, DIFFERENT, UNREADABLE }

    private Match compare(ManifestEntry entry, Path file) {
        try {
            if (Files.size(file) != entry.bytes()) {
                return Match.DIFFERENT;
            }
            return entry.sha256().equalsIgnoreCase(hasher.apply(file)) ? Match.SAME : Match.DIFFERENT;
        } catch (IOException | UncheckedIOException e) {
            return Match.UNREADABLE;
        }
    }

    private static List<ManifestEntry> sorted(List<ManifestEntry> entries) {
        List<ManifestEntry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(ManifestEntry::ref));
        return copy;
    }
}
