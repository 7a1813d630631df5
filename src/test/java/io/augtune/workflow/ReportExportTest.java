package io.augtune.workflow;

import io.augtune.project.BoundingBox;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report lists a defect area only for parts that do not pass. */
class ReportExportTest {
    @TempDir
    Path dir;

    @Test
    void aPassingPartKeepsItsMapMaximumButListsNoDefectArea() throws Exception {
        String hash = "c".repeat(64);
        ScoredImage fails = new ScoredImage("bad.png", 9.0, 9.0, 20, 20, hash, 12, new BoundingBox(1, 2, 3, 4));
        ScoredImage passes = new ScoredImage("good.png", 2.0, 2.0, 20, 20, hash, 3, new BoundingBox(5, 5, 1, 3));
        Thresholds t = new Thresholds(5.0, null, "set", true);
        Path csv = dir.resolve("r.csv");

        ReportExport.write(csv, List.of(fails, passes), t, s -> t.verdictFor(s.score()), Map.of());

        List<String> lines = Files.readAllLines(csv);
        assertEquals("1,bad.png,9.0,FAIL,5.0,9.0,12,1 2 3 4", lines.get(1).substring(0, lines.get(1).indexOf(",20,")));
        assertEquals("2,good.png,2.0,PASS,5.0,2.0,,", lines.get(2).substring(0, lines.get(2).indexOf(",20,")));
    }

    @Test
    void equalScoresRankByFileNameEverywhere() {
        String hash = "c".repeat(64);
        List<ScoredImage> ranked = ReportExport.ranked(List.of(ScoredImage.withoutMap("b.png", 2, 9, 9, hash),
                ScoredImage.withoutMap("c.png", 5, 9, 9, hash), ScoredImage.withoutMap("a.png", 2, 9, 9, hash)));
        assertEquals(List.of("c.png", "a.png", "b.png"), ranked.stream().map(ScoredImage::relativePath).toList());
    }
}
