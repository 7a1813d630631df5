package io.augtune.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.augtune.project.Thresholds;
import io.augtune.scoring.GaussianModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
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
                   @JsonProperty("thresholds") ThresholdsDto thresholds) {
    }

    record ThresholdsDto(@JsonProperty("fail") double fail, @JsonProperty("reviewLower") Double reviewLower,
                         @JsonProperty("rule") String rule, @JsonProperty("userOverridden") boolean userOverridden) {
    }

    static void writeGaussian(Path file, GaussianModel g) throws IOException {
        write(file, new GaussianDto(g.mean(), g.covariance(), g.shrinkage()));
    }

    static GaussianModel readGaussian(Path file) throws IOException {
        GaussianDto dto = read(file, GaussianDto.class);
        return GaussianModel.fromArrays(dto.mean(), dto.covariance(), dto.shrinkage());
    }

    static void writeInfo(Path file, ModelInfo i) throws IOException {
        write(file, new InfoDto(i.modelId(), i.family(), i.hyperparameters(), i.workingSize(), i.channels(), i.seed(),
                i.appVersion(), i.djlVersion(), i.pytorchVersion(), i.created().toString(),
                i.thresholds() == null ? null : new ThresholdsDto(i.thresholds().fail(), i.thresholds().reviewLower(),
                        i.thresholds().rule(), i.thresholds().userOverridden())));
    }

    static ModelInfo readInfo(Path file) throws IOException {
        InfoDto d = read(file, InfoDto.class);
        return new ModelInfo(d.modelId(), d.family(), d.hyperparameters(), d.workingSize(), d.channels(), d.seed(),
                d.appVersion(), d.djlVersion(), d.pytorchVersion(), Instant.parse(d.created()),
                d.thresholds() == null ? null : new Thresholds(d.thresholds().fail(), d.thresholds().reviewLower(),
                        d.thresholds().rule(), d.thresholds().userOverridden()));
    }

    private static void write(Path file, Object dto) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), dto);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
