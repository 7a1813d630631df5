package io.augtune.project;

import io.augtune.common.UnusableInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reading side of the {@code *.augtune} container: a ZIP with {@code project.json} at the top and the model's
 * files under {@code model/}. Every failure names the file and what is wrong with it; entry names that could
 * escape the extraction folder are refused, so are names given twice (two readers could see two different
 * projects in one file) and entries that expand beyond the {@link ArchiveLimits}.
 */
final class ProjectArchive implements Closeable {
    static final String PROJECT_JSON = "project.json";
    static final String MODEL_PREFIX = "model/";

    private final Path file;
    private final ZipFile zip;
    private final List<ZipEntry> modelEntries;
    private final ArchiveLimits limits;

    private ProjectArchive(Path file, ZipFile zip, ArchiveLimits limits) throws UnusableInputException {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        requireDistinctNames();
        this.modelEntries = listModelEntries();
    }

    static ProjectArchive open(Path file) throws UnusableInputException {
        return open(file, ArchiveLimits.DEFAULT);
    }

    static ProjectArchive open(Path file, ArchiveLimits limits) throws UnusableInputException {
        if (Files.isDirectory(file)) {
            throw new UnusableInputException("Cannot open " + file + ": it is a folder, not an AugTune project file");
        }
        if (!Files.exists(file)) {
            throw new UnusableInputException("Cannot open " + file + ": the file does not exist");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new UnusableInputException("Cannot open " + file + ": it is not an AugTune project file "
                    + "(not a ZIP container: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnusableInputException("Cannot open " + file + ": it cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return new ProjectArchive(file, zip, limits);
        } catch (UnusableInputException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    byte[] projectJson() throws UnusableInputException {
        ZipEntry entry = zip.getEntry(PROJECT_JSON);
        if (entry == null || entry.isDirectory()) {
            throw new UnusableInputException("Cannot open " + file + ": it holds no " + PROJECT_JSON
                    + ", so it is not an AugTune project file");
        }
        try (InputStream in = bounded(entry, limits.maxProjectJsonBytes())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw damagedEntry(entry, e);
        }
    }

    boolean hasModel() {
        return !modelEntries.isEmpty();
    }

    /** Writes every model file below {@code dir}, keeping the sub-folders; {@code dir} must exist. */
    void extractModel(Path dir) throws IOException, UnusableInputException {
        long total = 0;
        for (ZipEntry entry : modelEntries) {
            Path target = RelativePaths.resolve(dir, modelPath(entry));
            Files.createDirectories(target.getParent());
            try (BoundedEntryInput in = bounded(entry, modelEntryLimit(total))) {
                Files.copy(in, target);
                total += in.count();
            } catch (ZipException | BoundedEntryInput.TooLargeException e) {
                throw damagedEntry(entry, e);
            }
        }
    }

    /** Streams every model file, with its path inside the model folder, to a consumer (used to keep a model). */
    void forEachModelFile(ModelFileConsumer consumer) throws IOException {
        long total = 0;
        for (ZipEntry entry : modelEntries) {
            try (BoundedEntryInput in = bounded(entry, modelEntryLimit(total))) {
                consumer.accept(modelPath(entry), in);
                total += in.count();
            }
        }
    }

    /** What the next model file may hold: its own limit, and what is left of the model's. */
    private long modelEntryLimit(long extractedSoFar) {
        return Math.min(limits.maxModelEntryBytes(), limits.maxModelBytes() - extractedSoFar);
    }

    private BoundedEntryInput bounded(ZipEntry entry, long limit) throws IOException {
        if (entry.getSize() > limit) {
            throw new BoundedEntryInput.TooLargeException(limit);
        }
        return new BoundedEntryInput(zip.getInputStream(entry), limit);
    }

    @FunctionalInterface
    interface ModelFileConsumer {
        void accept(String relativePath, InputStream content) throws IOException;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * Refuses a container with more entries than the limit or a name given twice, also when two names differ only in
     * case (one would overwrite the other on a case-insensitive disk).
     */
    private void requireDistinctNames() throws UnusableInputException {
        if (zip.size() > limits.maxEntries()) {
            throw new UnusableInputException("Cannot open " + file + ": it holds " + zip.size() + " entries, more "
                    + "than the " + limits.maxEntries() + " a project can have");
        }
        Set<String> seen = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new UnusableInputException("Cannot open " + file + ": it holds the entry '" + name
                        + "' twice, so it is damaged or was not written by AugTune");
            }
        }
    }

    private List<ZipEntry> listModelEntries() throws UnusableInputException {
        List<ZipEntry> entries = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.getName().startsWith(MODEL_PREFIX) && !entry.isDirectory()) {
                try {
                    RelativePaths.require(modelPath(entry), "model entry");
                } catch (IllegalArgumentException e) {
                    throw new UnusableInputException("Cannot open " + file + ": it holds a model entry with an "
                            + "unsafe name: '" + entry.getName() + "'", e);
                }
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    private static String modelPath(ZipEntry entry) {
        return entry.getName().substring(MODEL_PREFIX.length());
    }

    private UnusableInputException damagedEntry(ZipEntry entry, IOException e) {
        return new UnusableInputException("Cannot open " + file + ": its entry '" + entry.getName()
                + "' is damaged (" + e.getMessage() + ")", e);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Already failing with a clearer message.
        }
    }

    /** Writes a model file's bytes as one ZIP entry below {@link #MODEL_PREFIX}. */
    static void putModelEntry(ZipOutputStream zipOut, String relativePath, InputStream content)
            throws IOException {
        zipOut.putNextEntry(new ZipEntry(MODEL_PREFIX + relativePath));
        content.transferTo(zipOut);
        zipOut.closeEntry();
    }

    static void putProjectJson(ZipOutputStream zipOut, byte[] json) throws IOException {
        zipOut.putNextEntry(new ZipEntry(PROJECT_JSON));
        zipOut.write(json);
        zipOut.closeEntry();
    }
}
