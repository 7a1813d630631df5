package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.TempFiles;
import io.augtune.project.LoadedProject;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: how long ranking a project again after one Good mark takes in the app (issue #17). Marks the highest
 * ranked images whose path starts with {@code good/} one after the other, as an inspector would, through
 * {@link TeachNormals#teach(Project, Path, List, RerankCache, CancellationToken)}, and prints each mark's seconds: the
 * first one reads and describes every production image, the later ones measure only the new cells. Run with the
 * test class path: {@code java -cp ... io.augtune.workflow.RerankTimingRun PROJECT.augtune [marks]}
 * (src/tools/measure/rerank.sh).
 */
public final class RerankTimingRun {
    private RerankTimingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int marks = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path extract = TempFiles.createFolder(TempFiles.MODEL_PREFIX);
        LoadedProject loaded = new ProjectStore().load(file, extract.resolve("model"));
        Project project = loaded.project();
        List<String> goods = project.scores().stream().filter(s -> s.relativePath().startsWith("good/"))
                .sorted(Comparator.comparingDouble(ScoredImage::score).reversed()).map(ScoredImage::relativePath)
                .limit(marks).toList();
        System.out.printf(Locale.ROOT, "%d production images, %d cores%n", project.scores().size(),
                Runtime.getRuntime().availableProcessors());
        Path model = loaded.modelDir();
        RerankCache cache = null;
        if (args.length > 2 && args[2].equals("prepared")) {
            // as the app does when it shows the results: measured ahead, the first mark is an update too
            long start = System.nanoTime();
            cache = TeachNormals.prepare(project, model, CancellationToken.none());
            System.out.printf(Locale.ROOT, "measured ahead (in the background in the app): %.2f s%n",
                    (System.nanoTime() - start) / 1e9);
        }
        for (int i = 0; i < goods.size(); i++) {
            long start = System.nanoTime();
            TeachNormals.Taught taught = TeachNormals.teach(project, model, List.of(goods.get(i)), cache,
                    CancellationToken.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "mark %d (%s): %.2f s%s%n", i + 1, goods.get(i), seconds,
                    cache == null ? " (reads and describes every image)" : "");
            if (model != loaded.modelDir()) {
                TempFiles.deleteFolder(model);
            }
            project = taught.project();
            model = taught.modelDir();
            cache = taught.rerank();
        }
        TempFiles.deleteFolder(model);
        TempFiles.deleteFolder(extract);
        Files.deleteIfExists(extract);
    }
}
