package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.ContentHash;
import io.augtune.project.DatasetSpec;
import io.augtune.project.FamilyTrials;
import io.augtune.project.TuningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retuning with what the inspector taught (issue #17, item 4): the confirmed defects and good parts judge the family
 * trials and the starts, and only decisions on the bytes the inspector saw count.
 */
class TuneJobEvidenceTest {
    @TempDir
    Path dir;

    private TuningResult tune(DatasetSpec dataset, List<TuneJob.Decided> evidence) throws Exception {
        TuneJob.TuneOutcome outcome = new TuneJob(new TuneJob.TuneRequest("taught", dataset, TuneJobTest.TINY,
                evidence)).run(TuneObserver.NONE, CancellationToken.none());
        ModelFolder.deleteQuietly(outcome.modelDir());
        return outcome.project().tuning();
    }

    /** Marks the production images with patches ("q...") Defect and two plain ones ("p...") Good. */
    private static List<TuneJob.Decided> decisions(DatasetSpec dataset, boolean staleHashes) throws Exception {
        List<TuneJob.Decided> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataset.productionFolder())) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                boolean defect = name.startsWith("q");
                if (defect || name.equals("p000.png") || name.equals("p001.png")) {
                    String hash = staleHashes ? ContentHash.sha256(new byte[] {1}) : ContentHash.sha256(f);
                    out.add(new TuneJob.Decided(name, hash, defect));
                }
            }
        }
        return out;
    }

    @Test
    void confirmedDefectsAndGoodPartsJudgeTheFamiliesAndTheStarts() throws Exception {
        DatasetSpec dataset = TuneJobTest.writeFolders(dir);
        TuningResult result = tune(dataset, decisions(dataset, false));
        FamilyTrials search = result.familyTrials();
        assertTrue(search.reason().contains("ranked your 4 confirmed defects above your 2 good parts"),
                search.reason());
        assertTrue(result.runs().stream().allMatch(r -> Double.isFinite(r.selectionLoss())), result.runs()
                .toString());
    }

    @Test
    void decisionsOnImagesThatChangedSinceAreNotEvidence() throws Exception {
        DatasetSpec dataset = TuneJobTest.writeFolders(dir);
        FamilyTrials search = tune(dataset, decisions(dataset, true)).familyTrials();
        assertTrue(search.reason().contains("production images from held-back normal ones"), search.reason());
    }
}
