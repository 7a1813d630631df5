package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;
import io.augtune.ui.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelDetailLoaderTest {
    private static final String HASH = "a".repeat(64);

    @TempDir
    Path dir;

    @Test
    void withAModelThatCannotBeLoadedTheImageIsStillShownAndThePaneSaysWhy() throws Exception {
        Path production = TestImages.folder(dir, "production", "p", 1, 0, 1);
        Path missingModel = dir.resolve("model-gone");
        try (ModelInspection inspection = new ModelInspection(missingModel, dir.resolve("normal"), false)) {
            ModelDetailLoader loader = new ModelDetailLoader(production, inspection);
            ImageDetail detail = loader.load(ScoredImage.withoutMap("p-00.png", 1.0, 24, 24, HASH),
                    CancellationToken.none());
            assertEquals(24, detail.image().width());
            assertNull(detail.heatmap());
            assertNull(detail.nearest());
            assertTrue(detail.note().contains("model-gone"), detail.note());
        }
    }

    @Test
    void aClosedInspectionShowsThePlainImage() throws Exception {
        Path production = TestImages.folder(dir, "production", "p", 1, 0, 1);
        ModelInspection inspection = new ModelInspection(dir.resolve("model"), null, false);
        inspection.close();
        ImageDetail detail = new ModelDetailLoader(production, inspection)
                .load(ScoredImage.withoutMap("p-00.png", 1.0, 24, 24, HASH), CancellationToken.none());
        assertNull(detail.heatmap());
        assertTrue(detail.note().contains("closed"), detail.note());
    }
}
