package io.augtune.workflow;

import io.augtune.cli.AugTuneCommand;
import io.augtune.common.CancellationToken;
import io.augtune.model.ScoringModel;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Good mark ranked again from what the previous mark kept ({@link RerankCache}) gives the scores that ranking the
 * whole folder with the taught model gives: the distances kept, lowered by the new cells, are the distances to the
 * taught bank.
 */
class FastRerankTest {
    /** Distances are measured in floats, against the new cells apart from the rest: rounding, no more. */
    private static final double TOLERANCE = 1e-6;
    /**
     * An image's distance to its own cells is |q|² + |b|² - 2 q·b in floats, which cancels to rounding noise of a few
     * thousandths (either way of measuring); on the scale of a tight normal spread that noise shows in its z.
     */
    private static final double LEARNT_TOLERANCE = 0.05;

    @TempDir
    Path dir;

    @Test
    void pretrainedPatches() throws Exception {
        secondMarkRanksAsAFullScoring("--detection", "frozen", "--size", "32");
    }

    @Test
    void combinedDetectionWithNearestPatchScoring() throws Exception {
        secondMarkRanksAsAFullScoring("--size", "16", "--starts", "1", "--budget-seconds", "1",
                "--patch-scorer", "knn");
    }

    private void secondMarkRanksAsAFullScoring(String... options) throws Exception {
        LoadedProject loaded = tuned(options);
        Project project = loaded.project();
        List<String> falseAlarms = project.scores().stream().filter(s -> s.relativePath().startsWith("p"))
                .sorted(Comparator.comparingDouble(ScoredImage::score).reversed()).map(ScoredImage::relativePath)
                .limit(2).toList();
        CancellationToken none = CancellationToken.none();

        TeachNormals.Taught first = TeachNormals.teach(project, loaded.modelDir(), falseAlarms.subList(0, 1), null,
                none);
        TeachNormals.Taught firstInFull = TeachNormals.teach(project, loaded.modelDir(), falseAlarms.subList(0, 1),
                none);
        assertSame(firstInFull.project(), first.project(), List.of());
        assertNotNull(first.rerank());
        try (ScoringModel taught = ScoringModel.load(first.modelDir())) {
            assertTrue(first.rerank().matches(taught, first.project()), "the next mark starts from the cache");
        }

        TeachNormals.Taught second = TeachNormals.teach(first.project(), first.modelDir(), falseAlarms.subList(1, 2),
                first.rerank(), none);
        TeachNormals.Taught secondInFull = TeachNormals.teach(first.project(), first.modelDir(),
                falseAlarms.subList(1, 2), none);
        assertSame(secondInFull.project(), second.project(), falseAlarms);
        double before = score(first.project(), falseAlarms.get(1));
        assertTrue(score(second.project(), falseAlarms.get(1)) < before, "the image marked good ranks lower");

        // measured ahead (as the app does when it shows the results), the first mark is an update as well
        RerankCache prepared = TeachNormals.prepare(project, loaded.modelDir(), none);
        try (ScoringModel opened = ScoringModel.load(loaded.modelDir())) {
            assertTrue(prepared.matches(opened, project));
        }
        TeachNormals.Taught firstPrepared = TeachNormals.teach(project, loaded.modelDir(), falseAlarms.subList(0, 1),
                prepared, none);
        assertSame(firstInFull.project(), firstPrepared.project(), falseAlarms.subList(0, 1));
    }

    private static void assertSame(Project full, Project fast, List<String> learnt) {
        Map<String, ScoredImage> expected = full.scores().stream()
                .collect(Collectors.toMap(ScoredImage::relativePath, s -> s));
        assertEquals(expected.keySet(), fast.scores().stream().map(ScoredImage::relativePath)
                .collect(Collectors.toSet()));
        for (ScoredImage s : fast.scores()) {
            ScoredImage e = expected.get(s.relativePath());
            boolean own = learnt.contains(s.relativePath());
            assertEquals(e.score(), s.score(), tolerance(own, e.score()), s.relativePath());
            assertEquals(e.maxMapScore(), s.maxMapScore(), tolerance(own, e.maxMapScore()), s.relativePath());
            assertEquals(e.components().keySet(), s.components().keySet());
            e.components().forEach((name, z) -> assertEquals(z, s.components().get(name), tolerance(own, z),
                    s.relativePath() + " " + name));
            assertEquals(e.sha256(), s.sha256());
        }
        assertEquals(full.manifest(), fast.manifest());
    }

    private static double tolerance(boolean learnt, double expected) {
        return learnt ? LEARNT_TOLERANCE : TOLERANCE * Math.max(1, Math.abs(expected));
    }

    private LoadedProject tuned(String... options) throws Exception {
        Random random = new Random(9);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 40, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 40, random, -1);
        SyntheticTextures.write(production, "q", 2, 40, random, 0.1);
        Path file = dir.resolve("taught.augtune");
        String[] base = {"tune", "--normal", normal.toString(), "--production", production.toString(), "--project",
            file.toString(), "--seed", "3"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(options))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        assertEquals(0, AugTuneCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args),
                err.toString());
        return new ProjectStore().load(file, dir.resolve("model"));
    }

    private static double score(Project project, String image) {
        return project.scores().stream().filter(s -> s.relativePath().equals(image)).findFirst()
                .map(ScoredImage::score).orElseThrow();
    }
}
