package io.augtune.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.augtune.common.AppVersion;
import io.augtune.common.AtomicFiles;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningRun;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable form of an {@link EvaluationReport}; NaN (a method not run) is written as null. The tuning
 * trajectories also go to a CSV beside the JSON.
 */
public final class EvaluationJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    public static ObjectNode toJson(EvaluationReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("appVersion", AppVersion.app());
        root.put("dataset", r.dataset());
        root.put("defect", r.defect());
        root.put("family", r.family());
        root.put("validationLoss", r.validationLoss());
        root.put("workingSize", r.workingSize());
        root.put("detection", r.detection());
        root.put("seed", r.seed());
        ObjectNode images = root.putObject("images");
        images.put("normal", r.normalImages());
        images.put("production", r.productionImages());
        images.put("anomalous", r.anomalousImages());
        images.put("skipped", r.skippedImages());
        ObjectNode auroc = root.putObject("imageAuroc");
        number(auroc, "fixed", r.fixed().imageAuroc());
        number(auroc, "gridSelected", r.grid().selectedAuroc());
        number(auroc, "gridBest", r.grid().bestAuroc());
        number(auroc, "gridWorst", r.grid().worstAuroc());
        number(auroc, "tuned", r.tuned().imageAuroc());
        pixelMetrics(root, r.tunedPixels());
        if (!r.components().isEmpty()) {
            ObjectNode components = root.putObject("components");
            r.components().forEach((name, c) -> {
                ObjectNode n = components.putObject(name);
                number(n, "imageAuroc", c.imageAuroc());
                number(n, "pixelAuroc", c.pixelAuroc());
            });
            map(root.putObject("fusionRules"), r.fusionRules());
            ArrayNode fused = root.putArray("fusedImages");
            for (EvaluationReport.ScoredImage i : r.fusedImages()) {
                ObjectNode n = fused.addObject();
                n.put("heldBack", i.heldBack());
                n.put("group", i.group());
                n.put("anomalous", i.anomalous());
                number(n, "score", i.score());
                number(n, "mapMax", i.mapMax());
                map(n.putObject("components"), i.components());
            }
        }
        if (r.families() != null) {
            io.augtune.project.FamilyTrials t = r.families().trials();
            ObjectNode choice = root.putObject("familyChoice");
            choice.put("decided", t.decided());
            choice.put("reason", t.reason());
            ObjectNode families = root.putObject("families");
            for (io.augtune.project.FamilyTrial trial : t.trials()) {
                ObjectNode n = families.putObject(trial.family());
                number(n, "finalValidationLoss", trial.loss());
                number(n, "imageAuroc", r.families().imageAurocs().getOrDefault(trial.family(), Double.NaN));
                map(n.putObject("hyperparameters"), trial.hyperparameters());
            }
        }
        ObjectNode seconds = root.putObject("seconds");
        number(seconds, "fixed", r.fixed().seconds());
        number(seconds, "grid", r.grid().seconds());
        number(seconds, "tuned", r.tuned().seconds());
        if (r.families() != null) {
            number(seconds, "familySearch", r.families().seconds());
        }
        map(root.putObject("tunedHyperparameters"), r.tuned().hyperparameters());
        map(root.putObject("fixedHyperparameters"), r.fixed().hyperparameters());
        ArrayNode grid = root.putArray("grid");
        for (int i = 0; i < r.grid().points().size(); i++) {
            EvaluationReport.Method p = r.grid().points().get(i);
            ObjectNode n = grid.addObject();
            map(n.putObject("hyperparameters"), p.hyperparameters());
            number(n, "validationLoss", p.validationLoss());
            number(n, "imageAuroc", p.imageAuroc());
            n.put("selected", i == r.grid().selected());
            ObjectNode byLoss = n.putObject("validationLossByName");
            final int point = i;
            r.grid().lossesByName().forEach((name, values) -> number(byLoss, name, values.get(point)));
        }
        ObjectNode selectedBy = root.putObject("gridSelectedAurocByLoss");
        r.grid().lossesByName().keySet().stream().sorted()
                .forEach(name -> number(selectedBy, name, r.grid().selectedAurocBy(name)));
        ArrayNode runs = root.putArray("tunedRuns");
        for (TuningRun run : r.tunedRuns()) {
            ObjectNode n = runs.addObject();
            n.put("start", run.start());
            map(n.putObject("initialHyperparameters"), run.initialHyperparameters());
            map(n.putObject("finalHyperparameters"), run.finalHyperparameters());
            number(n, "finalValidationLoss", run.finalValidationLoss());
            number(n, "selectionLoss", run.selectionLoss());
            number(n, "imageAuroc", r.startAurocs().getOrDefault(run.start(), Double.NaN));
        }
        if (r.diagnostics() != null) {
            ObjectNode d = root.putObject("diagnostics");
            number(d, "spearman", r.diagnostics().spearman());
            ObjectNode byLoss = d.putObject("spearmanByLoss");
            r.diagnostics().spearmanByLoss().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> number(byLoss, e.getKey(), e.getValue()));
            ObjectNode sens = d.putObject("sensitivity");
            r.diagnostics().sensitivity().forEach((k, v) -> map(sens.putObject(k), v));
        }
        return root;
    }

    /** Writes the JSON atomically, and the trajectories to {@code <json>.trajectories.csv}. */
    public static void write(EvaluationReport r, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        AtomicFiles.write(abs, out -> JSON.writeValue(out, toJson(r)));
        writeTrajectories(r.tunedRuns(), trajectoriesPath(abs));
    }

    public static Path trajectoriesPath(Path json) {
        String name = json.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(stem + ".trajectories.csv");
    }

    static void writeTrajectories(List<TuningRun> runs, Path csv) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("start,step,phase,train_loss,validation_loss,elapsed_ms,hyperparameters\r\n");
            for (TuningRun run : runs) {
                for (TrajectoryPoint p : run.trajectory()) {
                    w.write(String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%d,\"%s\"\r\n", p.start(), p.step(),
                            p.phase().name().toLowerCase(Locale.ROOT), p.trainLoss(),
                            Double.isNaN(p.validationLoss()) ? "" : Double.toString(p.validationLoss()),
                            p.elapsedMillis(), hyper(p.hyperparameters())));
                }
            }
        }
    }

    private static String hyper(Map<String, Double> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return b.toString();
    }

    /** Localisation of the tuned detector: pixelAuroc, aupro, f1Max (null without masks) and imageAurocMap. */
    private static void pixelMetrics(ObjectNode root, PixelEvaluation.Result p) {
        number(root.putObject("pixelAuroc"), "tuned", p.pixelAuroc());
        number(root.putObject("aupro"), "tuned", p.aupro());
        number(root.putObject("f1Max"), "tuned", p.f1Max());
        number(root.putObject("imageAurocMap"), "tuned", p.imageAurocMap());
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    private static void map(ObjectNode n, Map<String, Double> values) {
        values.forEach((k, v) -> number(n, k, v));
    }
}
