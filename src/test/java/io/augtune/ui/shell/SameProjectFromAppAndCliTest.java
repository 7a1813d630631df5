package io.augtune.ui.shell;

import io.augtune.cli.AugTuneCommand;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.Verdict;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.ui.AppContext;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring a project's own production folder again gives the same project from the app as from the command line. */
class SameProjectFromAppAndCliTest {
    @TempDir
    Path dir;

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = AugTuneCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        return code;
    }

    @Test
    void rescoringTheProductionFolderGivesTheSameProjectInTheAppAndWithScoreProject() throws Exception {
        Random random = new Random(8);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, 0.1);
        Path original = dir.resolve("line.augtune");
        cli("tune", "--normal", normal.toString(), "--production", production.toString(), "--project",
                original.toString(), "--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3");
        cli("decide", "--project", original.toString(), "--defect", "p001.png", "--good", "p002.png");
        // One image changes on disk: its decision must go in both, its score be renewed in both.
        Files.copy(production.resolve("p000.png"), production.resolve("p002.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path byCli = Files.copy(original, dir.resolve("cli.augtune"));
        Path byApp = Files.copy(original, dir.resolve("app.augtune"));

        cli("score", "--project", byCli.toString(), "--csv", dir.resolve("cli.csv").toString());
        List<UserError> errors = new ArrayList<>();
        Workbench workbench = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);
        workbench.openProject(byApp);
        workbench.scoreBatch(production);
        workbench.save();
        assertTrue(errors.stream().noneMatch(e -> e.action().startsWith("Could not")), errors.toString());

        Project fromCli = new ProjectStore().loadWithoutModel(byCli).project();
        Project fromApp = new ProjectStore().loadWithoutModel(byApp).project();
        assertEquals(fromCli.scores(), fromApp.scores());
        assertEquals(fromCli.manifest(), fromApp.manifest());
        assertEquals(fromCli.decisions(), fromApp.decisions());
        assertEquals(List.of("p001.png"), fromApp.decisions().stream().map(d -> d.relativePath()).toList());
        assertEquals(Verdict.FAIL, fromApp.decisions().get(0).verdict());

        // one verdict policy: the table shows what the report says, decisions included
        Path report = dir.resolve("app.csv");
        cli("report", "--project", byApp.toString(), "--csv", report.toString());
        List<String> lines = Files.readAllLines(report);
        List<String> header = List.of(lines.get(0).split(",", -1));
        java.util.Map<String, String> csvVerdicts = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            csvVerdicts.put(f[header.indexOf("file")], f[header.indexOf("verdict")]);
        }
        java.util.Map<String, String> tableVerdicts = new java.util.HashMap<>();
        workbench.resultsModel().rows().forEach(r -> tableVerdicts.put(r.relativePath(), r.verdict().name()));
        assertEquals(csvVerdicts, tableVerdicts);
        assertEquals("FAIL", tableVerdicts.get("p001.png"), "the decision is the verdict in both");
    }
}
