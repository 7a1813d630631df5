package io.augtune.project;

/**
 * How much a project file may expand to when it is read: a few megabytes of compressed whitespace must not become
 * gigabytes in memory or on disk. Sizes are counted while inflating, never taken from the ZIP's own headers.
 *
 * @param maxProjectJsonBytes {@code project.json}, read into memory: 128 MiB holds the results of ~300 000 images
 * @param maxModelEntryBytes  one model file, written to disk and later read into memory
 * @param maxModelBytes       all model files together
 * @param maxEntries          entries of the container
 */
record ArchiveLimits(long maxProjectJsonBytes, long maxModelEntryBytes, long maxModelBytes, int maxEntries) {
    static final ArchiveLimits DEFAULT = new ArchiveLimits(128L << 20, 1L << 30, 2L << 30, 10_000);

    ArchiveLimits {
        if (maxProjectJsonBytes < 1 || maxProjectJsonBytes > Integer.MAX_VALUE - 8 || maxModelEntryBytes < 1
                || maxModelBytes < maxModelEntryBytes || maxEntries < 1) {
            throw new IllegalArgumentException("implausible archive limits");
        }
    }
}
