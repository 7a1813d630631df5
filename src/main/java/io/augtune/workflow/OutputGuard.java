package io.augtune.workflow;

import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ImageFolder;
import io.augtune.project.ProjectStore;
import io.augtune.report.MetadataSidecar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a run may write, decided before any work starts: never over what the run reads, never into a folder or
 * file that the app did not write, and only where writing works. The CLI commands and the app's save and export
 * actions all ask it first, so a mistyped option costs a one-line message, not a user's file or an hour of
 * tuning.
 *
 * <p>Paths are compared after resolving links and {@code ..}, so another spelling of an input is still that
 * input. Each accepted output is remembered, so two options naming the same place are refused too.
 */
public final class OutputGuard {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final List<byte[]> IMAGE_MAGICS = List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[] {'G', 'I', 'F', '8'},
            new byte[] {'B', 'M'}, new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42});

    private record Place(Path path, String what, boolean folder) {
    }

    private final List<Place> inputs = new ArrayList<>();
    private final List<Place> outputs = new ArrayList<>();

    /** A file the run reads (a project, a model file); {@code what} names it in messages, e.g. "the project". */
    public OutputGuard readsFile(Path file, String what) {
        if (file != null) {
            inputs.add(new Place(canonical(file), what, false));
        }
        return this;
    }

    /** A folder the run reads (images, a model folder). */
    public OutputGuard readsFolder(Path folder, String what) {
        if (folder != null) {
            inputs.add(new Place(canonical(folder), what, true));
        }
        return this;
    }

    /** A CSV report and its metadata sidecar: new files, or earlier reports; never an image or a project. */
    public void checkReport(Path csv, String option) throws UnusableInputException {
        checkFile(csv, option);
        refuseForeignFile(csv, option, "a report");
        Path sidecar = MetadataSidecar.pathFor(csv);
        checkFile(sidecar, option + " (its metadata file)");
        refuseForeignFile(sidecar, option + " (its metadata file)", "report metadata");
    }

    /**
     * A project file to write. An existing file must be a project; whether it may be replaced (it is the project
     * that was opened, or the user confirmed) is the {@link ProjectStore#save save}'s own check.
     *
     * @param opened the project file this run read and will update, or null
     */
    public void checkProject(Path file, String option, Path opened) throws UnusableInputException {
        Path target = canonical(file);
        if (opened != null && target.equals(canonical(opened))) {
            checkWritableFolder(target.getParent(), option, target);
            claim(target, option, false);
            return;
        }
        checkFile(file, option);
        if (Files.exists(target) && !startsWith(target, ZIP_MAGIC)) {
            throw refused(option, target, "exists and is not an AugTune project; choose another name");
        }
    }

    /** A model folder to write: new, empty, or a model folder the app wrote ({@link ModelFolder}). */
    public void checkModelFolder(Path dir, String option) throws UnusableInputException {
        checkFolder(dir, option);
        ModelFolder.checkTarget(dir, option);
    }

    /** A heatmap folder to write: new, empty, or one the app wrote heatmaps into before. */
    public void checkHeatmapFolder(Path dir, String option) throws UnusableInputException {
        checkFolder(dir, option);
        Path target = canonical(dir);
        if (Files.isDirectory(target) && !Files.isRegularFile(target.resolve(HeatmapExport.SCALE_FILE))
                && !isEmptyDir(target, option)) {
            throw refused(option, target, "holds files AugTune did not write as heatmaps; choose an empty or new "
                    + "folder");
        }
    }

    private void checkFile(Path file, String option) throws UnusableInputException {
        Path target = canonical(file);
        if (Files.isDirectory(target)) {
            throw refused(option, target, "is a folder; give a file name");
        }
        for (Place input : inputs) {
            if (target.equals(input.path())) {
                throw refused(option, target, "is " + input.what() + ", which this run reads");
            }
            if (input.folder() && target.startsWith(input.path()) && ImageFolder.isImageName(target.getFileName()
                    .toString())) {
                throw refused(option, target, "is an image in " + input.what() + ", which this run reads");
            }
        }
        refuseOverlap(target, option, false);
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            throw refused(option, target, "its folder " + parent + " does not exist");
        }
        checkWritableFolder(parent, option, target);
        claim(target, option, false);
    }

    private void checkFolder(Path dir, String option) throws UnusableInputException {
        Path target = canonical(dir);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw refused(option, target, "exists and is not a folder");
        }
        for (Place input : inputs) {
            if (target.equals(input.path())) {
                throw refused(option, target, "is " + input.what() + ", which this run reads");
            }
            if (input.path().startsWith(target)) {
                throw refused(option, target, "holds " + input.what() + ", which this run reads");
            }
            if (input.folder() && target.startsWith(input.path())) {
                throw refused(option, target, "lies inside " + input.what() + ", which this run reads; what is "
                        + "written there would be read as input next time");
            }
        }
        refuseOverlap(target, option, true);
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw refused(option, target, "cannot be created: " + existing + " is not a folder");
        }
        checkWritableFolder(existing, option, target);
        claim(target, option, true);
    }

    /** Two options of one run never name the same place, nor one inside the other's folder. */
    private void refuseOverlap(Path target, String option, boolean folder) throws UnusableInputException {
        for (Place other : outputs) {
            boolean overlap = target.equals(other.path()) || (other.folder() && target.startsWith(other.path()))
                    || (folder && other.path().startsWith(target));
            if (overlap) {
                throw refused(option, target, "is also where " + other.what() + " goes");
            }
        }
    }

    private void claim(Path target, String option, boolean folder) throws UnusableInputException {
        refuseOverlap(target, option, folder);
        outputs.add(new Place(target, option, folder));
    }

    /** Writing is tried, not predicted: permissions, read-only mounts and quotas all show up the same way. */
    private static void checkWritableFolder(Path folder, String option, Path target) throws UnusableInputException {
        try {
            Path probe = Files.createTempFile(folder, ".augtune-write-check" + io.augtune.common.TempFiles.ownerTag(),
                    ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw refused(option, target, "cannot be written: the folder " + folder + " does not accept new files ("
                    + e.getMessage() + ")");
        }
    }

    private static void refuseForeignFile(Path file, String option, String kind) throws UnusableInputException {
        Path target = canonical(file);
        if (!Files.isRegularFile(target)) {
            return;
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean project = name.endsWith(ProjectStore.EXTENSION) || startsWith(target, ZIP_MAGIC);
        boolean image = ImageFolder.isImageName(name) || IMAGE_MAGICS.stream().anyMatch(m -> startsWith(target, m));
        if (project || image) {
            throw refused(option, target, "exists and is " + (project ? "a project or archive" : "an image")
                    + ", not " + kind + "; choose another name");
        }
    }

    private static boolean isEmptyDir(Path dir, String option) throws UnusableInputException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw refused(option, dir, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWith(Path file, byte[] magic) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    private static UnusableInputException refused(String option, Path target, String why) {
        return new UnusableInputException(option + " " + target + ": " + why + " (nothing was written)");
    }

    /** The path with links and {@code ..} resolved as far as it exists, the rest appended. */
    static Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs).toString()).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
