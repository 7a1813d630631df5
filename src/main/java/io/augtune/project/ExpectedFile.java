package io.augtune.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a save expects to find at its target, checked while the save holds the file's lock: nothing yet (a new
 * project), the file exactly as it was opened, or anything (the user chose to overwrite).
 */
public final class ExpectedFile {
    private enum Kind { ABSENT, UNCHANGED, ANYTHING }

    private final Kind kind;
    private final FileStamp stamp;

    private ExpectedFile(Kind kind, FileStamp stamp) {
        this.kind = kind;
        this.stamp = stamp;
    }

    /** A new file: whatever is at the target was not written by this session, so it is refused. */
    public static ExpectedFile absent() {
        return new ExpectedFile(Kind.ABSENT, null);
    }

    /** The file as it was when opened (or last saved); any other content means another writer was there. */
    public static ExpectedFile unchangedSince(FileStamp stamp) {
        return new ExpectedFile(Kind.UNCHANGED, Objects.requireNonNull(stamp, "stamp"));
    }

    /** Whatever is there: the user confirmed replacing it. */
    public static ExpectedFile anything() {
        return new ExpectedFile(Kind.ANYTHING, null);
    }

    /** The expectation for a file opened with {@code stamp}, or for a new file when {@code stamp} is null. */
    public static ExpectedFile of(FileStamp stamp) {
        return stamp == null ? absent() : unchangedSince(stamp);
    }

    /** Whether the file at the target must be the one this session read (so its model may be kept). */
    boolean isOpenedFile() {
        return kind == Kind.UNCHANGED;
    }

    /** @throws ProjectChangedException naming the file and what was found there */
    void check(Path target) throws IOException, ProjectChangedException {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        switch (kind) {
            case ANYTHING -> {
                // the user chose to replace it
            }
            case ABSENT -> {
                if (exists) {
                    throw new ProjectChangedException(target, target + " already exists (another window or a "
                            + "script may have created it); choose another name, or confirm to overwrite it");
                }
            }
            case UNCHANGED -> {
                if (!exists) {
                    throw new ProjectChangedException(target, target + " was deleted or moved since it was opened; "
                            + "save under another name, or confirm to write it again");
                }
                if (!FileStamp.of(target).equals(stamp)) {
                    throw new ProjectChangedException(target, target + " was changed on disk since it was opened "
                            + "(another window or a script saved it): reload it, save under another name, or "
                            + "confirm to overwrite it");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    @Override
    public String toString() {
        return kind == Kind.UNCHANGED ? "unchanged since " + stamp : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
