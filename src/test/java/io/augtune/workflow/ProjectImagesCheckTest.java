package io.augtune.workflow;

import io.augtune.imaging.ContentHash;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.project.UserDecision;
import io.augtune.project.Verdict;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectImagesCheckTest {
    @TempDir
    Path dir;

    /** A project whose manifest and scores describe the folders exactly as written. */
    private Project project() throws Exception {
        Random random = new Random(1);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 2, 12, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 3, 12, random, -1);
        List<ManifestEntry> manifest = new ArrayList<>();
        List<ScoredImage> scores = new ArrayList<>();
        for (ImageRole role : ImageRole.values()) {
            Path folder = role == ImageRole.NORMAL ? normal : production;
            try (var files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String sha = ContentHash.sha256(f);
                    manifest.add(new ManifestEntry(role, f.getFileName().toString(), 12, 12, Files.size(f), sha));
                    if (role == ImageRole.PRODUCTION) {
                        scores.add(new ScoredImage(f.getFileName().toString(), scores.size(), null, 12, 12, sha,
                                null, null));
                    }
                }
            }
        }
        return Project.create("p", new DatasetSpec(normal, production, false), ProjectSettings.builder().build())
                .withManifest(manifest).withScores(scores);
    }

    @Test
    void anUnchangedProjectIsKeptAsItIs() throws Exception {
        Project p = project();
        ProjectImagesCheck.Outcome outcome = ProjectImagesCheck.check(p);
        assertTrue(outcome.matches());
        assertSame(p, outcome.project());
    }

    @Test
    void changedAndMissingProductionImagesAreNamedAndTheirScoresSetAside() throws Exception {
        Project p = project();
        Path production = p.dataset().productionFolder();
        Files.delete(production.resolve("p000.png"));
        Files.copy(production.resolve("p002.png"), production.resolve("p001.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProjectImagesCheck.Outcome outcome = ProjectImagesCheck.check(p);
        String all = String.join("\n", outcome.messages());
        assertTrue(all.contains("Missing: production:p000.png"), all);
        assertTrue(all.contains("Changed: production:p001.png"), all);
        assertEquals(List.of("p002.png"), outcome.project().scores().stream().map(ScoredImage::relativePath).toList());
    }

    @Test
    void aFolderThatIsNotThereKeepsEveryResultAndSaysWhereItWasExpected() throws Exception {
        Project p = project();
        Files.move(p.dataset().productionFolder(), dir.resolve("elsewhere"));
        ProjectImagesCheck.Outcome outcome = ProjectImagesCheck.check(p);
        assertSame(p, outcome.project(), "an unmounted drive must not cost the user their results");
        assertTrue(outcome.messages().get(0).contains(p.dataset().productionFolder().toString()));
    }

    @Test
    void anEmptyFolderIsTreatedLikeADriveThatIsNotConnected() throws Exception {
        Project p = project();
        try (var files = Files.list(p.dataset().productionFolder())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        ProjectImagesCheck.Outcome outcome = ProjectImagesCheck.check(p);
        assertSame(p, outcome.project());
        assertTrue(outcome.messages().get(0).contains("holds no images now"), outcome.messages().toString());
    }

    @Test
    void decisionsOnChangedImagesAreSetAsideWithTheirScores() throws Exception {
        Project p = project().withDecision(new UserDecision("p001.png", Verdict.PASS, "checked by hand"))
                .withDecision(new UserDecision("p002.png", Verdict.FAIL, ""));
        Path production = p.dataset().productionFolder();
        Files.copy(production.resolve("p000.png"), production.resolve("p001.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Project checked = ProjectImagesCheck.check(p).project();
        assertEquals(List.of("p002.png"), checked.decisions().stream().map(UserDecision::relativePath).toList());
    }
}
