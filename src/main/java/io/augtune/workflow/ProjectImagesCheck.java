package io.augtune.workflow;

import io.augtune.common.UnusableInputException;
import io.augtune.imaging.FolderListing;
import io.augtune.imaging.ImageFolder;
import io.augtune.project.ImageRef;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestCheck;
import io.augtune.project.ManifestEntry;
import io.augtune.project.ManifestReport;
import io.augtune.project.Project;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a reopened project's manifest with its folders as they are now (issue #6: "if images moved or changed
 * since the project was saved, say which, and keep what still matches"). Scores of production images that are gone
 * or whose content changed are stale and are set aside; the rest are kept. When a whole folder cannot be found (an
 * unmounted share, a moved project) nothing is set aside: the results stay as saved and the user is told where the
 * folder was expected.
 */
public final class ProjectImagesCheck {
    /** Names listed in a message before "and N more". */
    static final int LISTED = 10;

    private ProjectImagesCheck() {
    }

    /**
     * @param report          how disk and manifest compare, or null when nothing could be compared
     * @param project         the project, with stale production scores set aside
     * @param messages        what the user should know, one paragraph each; empty when everything matches
     */
    public record Outcome(ManifestReport report, Project project, List<String> messages) {
        public Outcome {
            messages = List.copyOf(messages);
        }

        public boolean matches() {
            return messages.isEmpty();
        }
    }

    /** Lists both folders, hashes what needs it, and returns the project keeping only matching scores. */
    public static Outcome check(Project project) {
        if (project.manifest().isEmpty()) {
            return new Outcome(null, project, List.of());
        }
        List<String> messages = new ArrayList<>();
        List<ImageRef> onDisk = new ArrayList<>();
        for (ImageRole role : ImageRole.values()) {
            var folder = project.dataset().folderFor(role);
            if (!Files.isDirectory(folder)) {
                messages.add("The " + roleName(role) + " folder " + folder + " was not found (moved, renamed or on a "
                        + "drive that is not connected). The saved results are shown as they were; point the "
                        + "project at the folder's new place to check them.");
                continue;
            }
            String problem;
            try {
                FolderListing listing = ImageFolder.list(folder, project.dataset().recursive());
                listing.images().forEach(file -> onDisk.add(new ImageRef(role, file.relativePath())));
                problem = listing.images().isEmpty() ? "it is empty" : null;
            } catch (UnusableInputException e) {
                problem = e.getMessage();
            }
            boolean recorded = project.manifest().stream().anyMatch(e -> e.ref().role() == role);
            if (problem != null && recorded) {
                // No image at all where the manifest lists some: most likely the empty mount point of a share that
                // is not connected, not a user who deleted every image. Keep everything and say so.
                messages.add("The " + roleName(role) + " folder " + folder + " holds no images now (" + problem
                        + "). If it is on a drive that is not connected, connect it and open the project again; the "
                        + "saved results are shown as they were.");
            }
        }
        if (!messages.isEmpty()) {
            return new Outcome(null, project, messages);
        }
        ManifestReport report = ManifestCheck.usingSha256().check(project.dataset(), project.manifest(), onDisk);
        if (report.matches()) {
            return new Outcome(report, project, List.of());
        }
        messages.add("The image folders changed since this project was saved: " + report.summary());
        describe(messages, "Missing", report.missing());
        describe(messages, "Changed", report.changed());
        if (!report.added().isEmpty()) {
            messages.add("New (not part of the tuning; score them as a batch or tune again): "
                    + names(report.added().stream().map(ImageRef::toString).toList()));
        }
        Set<String> stale = new HashSet<>();
        for (List<ManifestEntry> entries : List.of(report.missing(), report.changed())) {
            entries.stream().filter(e -> e.ref().role() == ImageRole.PRODUCTION)
                    .forEach(e -> stale.add(e.ref().relativePath()));
        }
        Project kept = project.withoutResultsFor(stale);
        if (kept.scores().size() < project.scores().size()) {
            messages.add((project.scores().size() - kept.scores().size()) + " production scores (and any decisions "
                    + "on those images) no longer match their images and are set aside; the other "
                    + kept.scores().size() + " are kept. Score the production folder again (or tune again) to rank "
                    + "the current images.");
            return new Outcome(report, kept, messages);
        }
        return new Outcome(report, project, messages);
    }

    private static void describe(List<String> messages, String what, List<ManifestEntry> entries) {
        if (!entries.isEmpty()) {
            messages.add(what + ": " + names(entries.stream().map(e -> e.ref().toString()).toList()));
        }
    }

    private static String names(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
    }

    private static String roleName(ImageRole role) {
        return role == ImageRole.NORMAL ? "normal" : "production";
    }
}
