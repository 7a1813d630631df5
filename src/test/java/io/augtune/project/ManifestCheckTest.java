package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestCheckTest {
    @TempDir
    Path dir;

    @Test
    void filesAreSortedIntoUnchangedChangedMissingAndNew() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir);
        ManifestEntry same = record(dataset, ImageRole.NORMAL, "a.png", "same bytes");
        ManifestEntry edited = record(dataset, ImageRole.NORMAL, "sub/b.png", "before");
        ManifestEntry resized = record(dataset, ImageRole.PRODUCTION, "c.png", "short");
        ManifestEntry gone = record(dataset, ImageRole.PRODUCTION, "d.png", "gone");
        write(dataset, edited.ref(), "after!");  // same length, other content: found by hash
        write(dataset, resized.ref(), "much longer now");
        Files.delete(dataset.resolve(gone.ref()));
        ImageRef added = new ImageRef(ImageRole.PRODUCTION, "new/e.png");

        ManifestReport report = ManifestCheck.usingSha256().check(dataset, List.of(gone, resized, edited, same),
                List.of(added, same.ref(), edited.ref(), resized.ref()));

        assertEquals(List.of(same), report.unchanged());
        assertEquals(List.of(edited, resized), report.changed());
        assertEquals(List.of(gone), report.missing());
        assertEquals(List.of(added), report.added());
        assertEquals("1 image missing, 2 changed, 1 new; 1 unchanged.", report.summary());
    }

    @Test
    void aFileOfTheSameSizeIsHashedButADifferentSizeIsNot() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir);
        ManifestEntry sameSize = record(dataset, ImageRole.NORMAL, "a.png", "1234");
        ManifestEntry otherSize = record(dataset, ImageRole.NORMAL, "b.png", "1234");
        write(dataset, otherSize.ref(), "12345");
        List<Path> hashed = new ArrayList<>();

        new ManifestCheck(file -> {
            hashed.add(file);
            return Sha256.ofFile(file);
        }).check(dataset, List.of(sameSize, otherSize), List.of(sameSize.ref(), otherSize.ref()));

        assertEquals(List.of(dataset.resolve(sameSize.ref())), hashed);
    }

    @Test
    void aFileThatCannotBeReadCountsAsMissing() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir);
        ManifestEntry entry = record(dataset, ImageRole.NORMAL, "a.png", "x");

        ManifestReport report = new ManifestCheck(file -> {
            throw new UncheckedIOException(new IOException("locked"));
        }).check(dataset, List.of(entry), List.of(entry.ref()));

        assertEquals(List.of(entry), report.missing());
    }

    @Test
    void aMatchingDiskSaysSo() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir);
        ManifestEntry entry = record(dataset, ImageRole.PRODUCTION, "Prüfteil 1.png", "x");

        ManifestReport report = ManifestCheck.usingSha256().check(dataset, List.of(entry), List.of(entry.ref()));

        assertTrue(report.matches());
        assertEquals("1 image as recorded; none missing, changed or new.", report.summary());
    }

    @Test
    void twoManifestsCompareByPathAndHashWithoutTheDisk() {
        ManifestEntry a = entry(ImageRole.NORMAL, "a.png", SampleProjects.HASH_A);
        ManifestEntry b = entry(ImageRole.NORMAL, "b.png", SampleProjects.HASH_A);
        ManifestEntry bNow = entry(ImageRole.NORMAL, "b.png", SampleProjects.HASH_B);
        ManifestEntry c = entry(ImageRole.PRODUCTION, "c.png", SampleProjects.HASH_C);
        ManifestEntry sameNameOtherFolder = entry(ImageRole.PRODUCTION, "a.png", SampleProjects.HASH_A);

        ManifestReport report = ManifestCheck.compare(List.of(a, b, c), List.of(sameNameOtherFolder, bNow, a));

        assertEquals(List.of(a), report.unchanged());
        assertEquals(List.of(b), report.changed());
        assertEquals(List.of(c), report.missing());
        assertEquals(List.of(sameNameOtherFolder.ref()), report.added());
        assertFalse(report.matches());
    }

    private static ManifestEntry entry(ImageRole role, String path, String hash) {
        return new ManifestEntry(role, path, 8, 8, 10, hash);
    }

    private static ManifestEntry record(DatasetSpec dataset, ImageRole role, String path, String content)
            throws IOException {
        ImageRef ref = new ImageRef(role, path);
        Path file = write(dataset, ref, content);
        return new ManifestEntry(role, path, 8, 8, Files.size(file), Sha256.ofFile(file));
    }

    private static Path write(DatasetSpec dataset, ImageRef ref, String content) throws IOException {
        Path file = dataset.resolve(ref);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
