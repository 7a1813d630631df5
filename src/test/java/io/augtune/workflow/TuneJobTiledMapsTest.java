package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.PngWriter;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.LocaliserSpec;
import io.augtune.model.ScoringModel;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ScoredImage;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Tall images get a tall tile grid: the tune use case reads them at the grid's size and maps them at full size. */
class TuneJobTiledMapsTest {
    @TempDir
    Path dir;

    /** Textures of 40 x 100 px written as PNG files named prefix + index. */
    static Path tallImages(Path folder, String prefix, int count, Random random) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Raster tall = Resizer.resize(SyntheticTextures.texture(40, random), 40, 100);
            PngWriter.writeGray8(tall, folder.resolve(prefix + i + ".png"));
        }
        return folder;
    }

    @Test
    void tallImagesAreMappedThroughATallTileGridAtTheirOriginalSize() throws Exception {
        Random random = new Random(1);
        DatasetSpec data = new DatasetSpec(tallImages(dir.resolve("normal"), "n", 8, random),
                tallImages(dir.resolve("production"), "p", 3, random), false);
        ProjectSettings tiny = ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1)
                .warmupSteps(2).seed(3).detection(ProjectSettings.DETECTION_IMAGE).build();
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("tall", data, tiny))
                .run(TuneObserver.NONE, CancellationToken.none());
        try (ScoringModel model = ScoringModel.load(outcome.modelDir())) {
            LocaliserSpec spec = model.info().localiser();
            assertEquals(2, spec.tilesX(), "40 px across hold two 16 px tiles");
            assertEquals(5, spec.tilesY(), "and the grid keeps the 2.5 aspect");
            assertEquals(32, model.mapInputWidth());
            assertEquals(80, model.mapInputHeight());
            for (ScoredImage s : outcome.project().scores()) {
                assertNotNull(s.maxMapScore());
                assertEquals(40, s.width());
                assertEquals(100, s.height());
            }
        } finally {
            ModelFolder.deleteQuietly(outcome.modelDir());
        }
    }
}
