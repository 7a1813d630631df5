package io.augtune.project;

import java.util.List;

/**
 * How the images on disk compare with a project's manifest. Recorded entries fall in exactly one of
 * {@code unchanged}, {@code changed} and {@code missing}; {@code added} are files on disk the manifest does not
 * list. All lists are sorted by role, then path.
 *
 * @param unchanged entries whose file is still there with the same content: their results can be kept
 * @param changed   entries whose file is there but whose content differs: their results are stale
 * @param missing   entries whose file is gone (or could not be read)
 * @param added     files on disk that the manifest does not list
 */
public record ManifestReport(List<ManifestEntry> unchanged, List<ManifestEntry> changed,
                             List<ManifestEntry> missing, List<ImageRef> added) {

    public ManifestReport {
        unchanged = List.copyOf(unchanged);
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        added = List.copyOf(added);
    }

    /** Whether the disk matches the manifest exactly. */
    public boolean matches() {
        return changed.isEmpty() && missing.isEmpty() && added.isEmpty();
    }

    /** One line for the user, e.g. {@code "2 images missing, 1 changed, 3 new; 40 unchanged."}. */
    public String summary() {
        if (matches()) {
            return images(unchanged.size()) + " as recorded; none missing, changed or new.";
        }
        return images(missing.size()) + " missing, " + changed.size() + " changed, " + added.size() + " new; "
                + unchanged.size() + " unchanged.";
    }

    private static String images(int count) {
        return count + (count == 1 ? " image" : " images");
    }
}
