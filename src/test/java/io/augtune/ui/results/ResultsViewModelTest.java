package io.augtune.ui.results;

import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.ui.TestImages;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsViewModelTest {
    private static final String HASH = "0".repeat(64);
    @TempDir
    Path dir;
    private final ResultsViewModel model = new ResultsViewModel(new SameThreadExecutor());

    private static ScoredImage scored(String name, double score) {
        return ScoredImage.withoutMap(name, score, 24, 24, HASH);
    }

    private void showFive(Path folder) {
        List<ScoredImage> scores = List.of(scored("p-00.png", 1.0), scored("p-01.png", 9.0), scored("p-02.png", 3.0),
                scored("p-03.png", 7.0), scored("p-04.png", 5.0));
        model.show(new ResultsData("Production images", folder, scores,
                new Thresholds(6.0, null, "99th percentile of 10 held-back normal scores = 6", false), null),
                new DiskDetailLoader(folder));
    }

    @Test
    void imagesAreRankedByScoreWithVerdictsAndCounts() {
        showFive(dir);
        assertEquals(List.of("p-01.png", "p-03.png", "p-04.png", "p-02.png", "p-00.png"),
                model.rows().stream().map(ResultRow::relativePath).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), model.rows().stream().map(ResultRow::rank).toList());
        assertEquals(Verdict.FAIL, model.rows().get(1).verdict());
        assertEquals("2 fail · 0 review · 3 pass", model.countsProperty().get());
    }

    @Test
    void movingTheThresholdChangesVerdictsAndIsRecordedAsTheUsers() {
        showFive(dir);
        model.thresholds().setFail(4.0);
        assertEquals("3 fail · 0 review · 2 pass", model.countsProperty().get());
        Thresholds current = model.thresholds().currentProperty().get();
        assertEquals(4.0, current.fail());
        assertTrue(current.userOverridden());
        assertTrue(model.ruleProperty().get().contains("Set by you"));
        model.thresholds().reset();
        assertEquals("2 fail · 0 review · 3 pass", model.countsProperty().get());
        assertFalse(model.thresholds().currentProperty().get().userOverridden());
    }

    @Test
    void aReviewBandSitsBelowTheFailThresholdAndFollowsIt() {
        showFive(dir);
        model.thresholds().setReviewBand(true);
        model.thresholds().setReviewLower(4.0);
        assertEquals("2 fail · 1 review · 2 pass", model.countsProperty().get());
        model.thresholds().setFail(8.0);
        assertEquals(6.0, model.thresholds().reviewLowerProperty().get(), 1e-12);
        model.thresholds().setReviewLower(100);
        assertTrue(model.thresholds().reviewLowerProperty().get() < 8.0);
    }

    @Test
    void filtersByVerdictAndFileName() {
        showFive(dir);
        model.verdictFilterProperty().set(VerdictFilter.FAIL);
        assertEquals(2, model.visibleRows().size());
        model.thresholds().setFail(2.0);
        assertEquals(4, model.visibleRows().size(), "the filter follows verdict changes");
        model.verdictFilterProperty().set(VerdictFilter.ALL);
        model.filterTextProperty().set("P-04");
        assertEquals(List.of("p-04.png"), model.visibleRows().stream().map(ResultRow::relativePath).toList());
    }

    @Test
    void selectingAnImageLoadsItAndThumbnailsArrive() throws IOException {
        Path folder = TestImages.folder(dir, "prod", "p", 5, 2, 3);
        showFive(folder);
        model.pulse();
        assertTrue(model.rows().stream().allMatch(row -> row.thumbnailProperty().get() != null));
        model.selectedProperty().set(model.rows().get(0));
        ImageDetail detail = model.detailProperty().get();
        assertNotNull(detail);
        assertEquals("p-01.png", detail.relativePath());
        assertEquals(24, detail.image().width());
        assertNull(detail.heatmap(), "no maps yet");
        assertFalse(model.detailLoadingProperty().get());
    }

    @Test
    void anImageThatCannotBeReadGivesAReasonNotAnException() {
        showFive(dir.resolve("gone"));
        model.selectedProperty().set(model.rows().get(0));
        assertNull(model.detailProperty().get());
        assertTrue(model.detailErrorProperty().get().startsWith("p-01.png: "), model.detailErrorProperty().get());
    }

    @Test
    void histogramCoversScoresAndThresholds() {
        ScoreHistogram histogram = ScoreHistogram.of(List.of(1.0, 2.0, 3.0), 4, 10.0);
        assertTrue(histogram.low() < 1.0 && histogram.high() > 10.0);
        assertEquals(3, java.util.Arrays.stream(histogram.counts()).sum());
        assertEquals(0.5, histogram.fractionOf(histogram.scoreAt(0.5)), 1e-12);
    }
}
