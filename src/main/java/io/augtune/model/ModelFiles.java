package io.augtune.model;

import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.NormalSpread;
import io.augtune.localise.PartsJoin;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.augtune.common.AtomicFiles;
import io.augtune.project.Thresholds;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.MapThreshold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON files of a saved {@link ScoringModel}, through DTOs; doubles are written round-trip exact. */
final class ModelFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelFiles() {
    }

    record GaussianDto(@JsonProperty("mean") double[] mean, @JsonProperty("covariance") double[][] covariance,
                       @JsonProperty("shrinkage") double shrinkage) {
    }

    record InfoDto(@JsonProperty("modelId") String modelId, @JsonProperty("family") String family,
                   @JsonProperty("hyperparameters") Map<String, Double> hyperparameters,
                   @JsonProperty("workingSize") int workingSize, @JsonProperty("channels") int channels,
                   @JsonProperty("seed") long seed, @JsonProperty("appVersion") String appVersion,
                   @JsonProperty("djlVersion") String djlVersion, @JsonProperty("pytorchVersion") String pytorchVersion,
                   @JsonProperty("created") String created,
                   @JsonProperty("thresholds") ThresholdsDto thresholds,
                   @JsonProperty("localiser") LocaliserDto localiser,
                   @JsonProperty("mapThreshold") MapThresholdDto mapThreshold) {
    }

    record LocaliserDto(@JsonProperty("kind") String kind, @JsonProperty("stage") int stage,
                        @JsonProperty("tilesX") int tilesX, @JsonProperty("tilesY") int tilesY,
                        @JsonProperty("sigma") double sigma, @JsonProperty("grid") GridDto grid,
                        @JsonProperty("scorer") String scorer) {
    }

    record GridDto(@JsonProperty("patch") int patch, @JsonProperty("stride") int stride,
                   @JsonProperty("width") int width, @JsonProperty("height") int height) {
    }

    record MapThresholdDto(@JsonProperty("value") double value, @JsonProperty("floor") double floor,
                           @JsonProperty("rule") String rule) {
    }

    record ThresholdsDto(@JsonProperty("fail") double fail, @JsonProperty("reviewLower") Double reviewLower,
                         @JsonProperty("rule") String rule, @JsonProperty("userOverridden") boolean userOverridden) {
    }

    /**
     * A normal spread; for a fused part also how many map cells make its image score (absent before: 1), how many
     * times farther its marked cells count (absent: 1, as before the factor) and, for the trained part, at which of
     * its saved bank entries the marked ones begin (absent: none kept apart; the frozen part's file says so itself).
     */
    record SpreadDto(@JsonProperty("mean") double mean, @JsonProperty("sd") double sd,
                     @JsonProperty("top") double top,
                     @JsonProperty("imageCells") @JsonInclude(JsonInclude.Include.NON_NULL) Integer imageCells,
                     @JsonProperty("markFactor") @JsonInclude(JsonInclude.Include.NON_NULL) Double markFactor,
                     @JsonProperty("markedFrom") @JsonInclude(JsonInclude.Include.NON_NULL) Integer markedFrom) {
    }

    /**
     * How a fused model puts its parts on one scale, and the global descriptors of parts marked good (absent in files
     * written before marks taught the global term); the global Gaussian is saved beside it.
     */
    record FusionDto(@JsonProperty("parts") Map<String, SpreadDto> parts, @JsonProperty("global") SpreadDto global,
                     @JsonProperty("globalTaught") double[][] globalTaught,
                     @JsonProperty("globalJoin") @JsonInclude(JsonInclude.Include.NON_NULL) String globalJoin,
                     @JsonProperty("partsJoin") @JsonInclude(JsonInclude.Include.NON_NULL) String partsJoin) {
    }

    /**
     * How one fused part is put on the common scale (its spread and how many map cells make its image score), how much
     * farther its marked cells count, and where they begin among its saved bank entries (null: none kept apart).
     */
    record PartScale(NormalSpread spread, int imageCells, double markFactor, Integer markedFrom) {
    }

    /**
     * The scales of a fused localiser's parts, by name, the spread of its global term (null when it has none), and the
     * global descriptors taught as normal.
     */
    record Fusion(Map<String, PartScale> parts, NormalSpread global, List<double[]> globalTaught,
                  PartsJoin partsJoin, FusedLocaliser.GlobalJoin join) {
    }

    static void writeFusion(Path file, FusedLocaliser fused) throws IOException {
        Map<String, SpreadDto> parts = new java.util.LinkedHashMap<>();
        fused.parts().forEach(p -> parts.put(p.name(), new SpreadDto(p.spread().mean(), p.spread().sd(),
                p.spread().top(), p.imageCells(), p.markFactor() > 1 ? p.markFactor() : null,
                markedFrom(p.localiser()))));
        FusedLocaliser.GlobalTerm global = fused.global();
        write(file, new FusionDto(parts, global == null ? null : dto(global.spread()),
                global == null || global.taught().isEmpty() ? null : global.taught().toArray(double[][]::new),
                fused.join().name(), fused.partsJoin().name()));
    }

    static Fusion readFusion(Path file) throws IOException {
        FusionDto d = read(file, FusionDto.class);
        if (d.parts() == null || d.parts().isEmpty()) {
            throw new IOException(file + ": no parts in the fusion");
        }
        Map<String, PartScale> parts = new java.util.LinkedHashMap<>();
        for (var e : d.parts().entrySet()) {
            Integer cells = e.getValue().imageCells();
            if (cells != null && cells < 1) {
                throw new IOException(file + ": part " + e.getKey() + " has an image score of " + cells + " cells");
            }
            Double factor = e.getValue().markFactor();
            if (factor != null && !(factor >= 1 && Double.isFinite(factor))) {
                throw new IOException(file + ": part " + e.getKey() + " has a marked cells' factor of " + factor);
            }
            parts.put(e.getKey(), new PartScale(spreadOf(e.getValue()), cells == null ? 1 : cells,
                    factor == null ? 1 : factor, e.getValue().markedFrom()));
        }
        List<double[]> taught = d.globalTaught() == null ? List.of() : List.of(d.globalTaught());
        if (taught.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IOException(file + ": a taught global descriptor is empty");
        }
        // files written before the joins were saved added the global excess and the parts' z-scores
        FusedLocaliser.GlobalJoin join = BinaryModelFile.named(FusedLocaliser.GlobalJoin.class, d.globalJoin(),
                FusedLocaliser.GlobalJoin.ADDED, file, "global join");
        PartsJoin partsJoin = BinaryModelFile.named(PartsJoin.class, d.partsJoin(), PartsJoin.SUM, file,
                "parts' join");
        return new Fusion(parts, d.global() == null ? null : spreadOf(d.global()), taught, partsJoin, join);
    }

    /** The global term's spread as saved. */
    private static SpreadDto dto(NormalSpread s) {
        return new SpreadDto(s.mean(), s.sd(), s.top(), null, null, null);
    }

    /**
     * Where a trained part's marked patches begin among its saved bank entries, or null when it has none (the frozen
     * part's file says so itself).
     */
    private static Integer markedFrom(Localiser part) {
        return part instanceof PatchGridLocaliser grid && grid.marked().size() > 0 ? grid.bank().size() : null;
    }

    private static NormalSpread spreadOf(SpreadDto d) {
        return new NormalSpread(d.mean(), d.sd(), d.top());
    }

    static void writeGaussian(Path file, GaussianModel g) throws IOException {
        write(file, new GaussianDto(g.mean(), g.covariance(), g.shrinkage()));
    }

    static GaussianModel readGaussian(Path file) throws IOException {
        GaussianDto dto = read(file, GaussianDto.class);
        try {
            return GaussianModel.fromArrays(dto.mean(), dto.covariance(), dto.shrinkage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": unusable (" + e.getMessage() + ")", e);
        }
    }

    static void writeInfo(Path file, ModelInfo i) throws IOException {
        write(file, new InfoDto(i.modelId(), i.family(), i.hyperparameters(), i.workingSize(), i.channels(), i.seed(),
                i.appVersion(), i.djlVersion(), i.pytorchVersion(), i.created().toString(),
                i.thresholds() == null ? null : new ThresholdsDto(i.thresholds().fail(), i.thresholds().reviewLower(),
                        i.thresholds().rule(), i.thresholds().userOverridden()),
                i.localiser() == null ? null : new LocaliserDto(i.localiser().kind(), i.localiser().stage(),
                        i.localiser().tilesX(), i.localiser().tilesY(), i.localiser().sigma(),
                        gridDto(i.localiser().grid()), i.localiser().scorer()),
                i.mapThreshold() == null ? null : new MapThresholdDto(i.mapThreshold().value(),
                        i.mapThreshold().floor(), i.mapThreshold().rule())));
    }

    static ModelInfo readInfo(Path file) throws IOException {
        InfoDto d = read(file, InfoDto.class);
        try {
            return new ModelInfo(d.modelId(), d.family(), d.hyperparameters(), d.workingSize(), d.channels(),
                    d.seed(), d.appVersion(), d.djlVersion(), d.pytorchVersion(), Instant.parse(d.created()),
                    thresholdsOf(d.thresholds()), localiserOf(d.localiser()), mapThresholdOf(d.mapThreshold()));
        } catch (IllegalArgumentException | NullPointerException | java.time.format.DateTimeParseException e) {
            throw new IOException(file + ": unusable (" + e.getMessage() + ")", e);
        }
    }

    private static Thresholds thresholdsOf(ThresholdsDto t) {
        return t == null ? null : new Thresholds(t.fail(), t.reviewLower(), t.rule(), t.userOverridden());
    }

    private static GridDto gridDto(PatchGrid g) {
        return g == null ? null : new GridDto(g.patch(), g.stride(), g.width(), g.height());
    }

    /** Models saved before heatmaps existed have neither a localiser nor a map threshold. */
    private static LocaliserSpec localiserOf(LocaliserDto l) {
        if (l == null) {
            return null;
        }
        GridDto g = l.grid();
        return new LocaliserSpec(l.kind(), l.stage(), l.tilesX(), l.tilesY(), l.sigma(),
                g == null ? null : new PatchGrid(g.patch(), g.stride(), g.width(), g.height()), l.scorer());
    }

    private static MapThreshold mapThresholdOf(MapThresholdDto m) {
        return m == null ? null : new MapThreshold(m.value(), m.floor(), m.rule());
    }

    private static void write(Path file, Object dto) throws IOException {
        AtomicFiles.write(file, out -> JSON.writeValue(out, dto));
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing from the saved model");
        }
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IOException(file + ": unreadable (" + e.getMessage() + ")", e);
        }
    }
}
