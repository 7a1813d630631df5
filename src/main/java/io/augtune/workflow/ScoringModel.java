package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.imaging.ChannelConversion;
import io.augtune.imaging.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.scoring.GaussianModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to score new images without retuning: the trained detector, the Gaussian of the clean normal
 * embeddings (METHOD.md §7) and the description of how it was made. Owns the detector.
 */
public final class ScoringModel implements AutoCloseable {
    private static final String DETECTOR_DIR = "detector";
    private static final String GAUSSIAN_FILE = "gaussian.json";
    private static final String INFO_FILE = "model.json";

    private final Detector detector;
    private final GaussianModel gaussian;
    private final ModelInfo info;

    public ScoringModel(Detector detector, GaussianModel gaussian, ModelInfo info) {
        this.detector = detector;
        this.gaussian = gaussian;
        this.info = info;
    }

    /** The same model (sharing, and taking over, this one's detector) with thresholds recorded in its info. */
    public ScoringModel withThresholds(io.augtune.project.Thresholds thresholds) {
        return new ScoringModel(detector, gaussian, info.withThresholds(thresholds));
    }

    public ModelInfo info() {
        return info;
    }

    public Detector detector() {
        return detector;
    }

    public GaussianModel gaussian() {
        return gaussian;
    }

    /** Brings any raster to the model's working size and channel count. */
    public Raster prepare(Raster raster) {
        int size = info.workingSize();
        Raster sized = raster.width() == size && raster.height() == size ? raster : Resizer.resize(raster, size, size);
        return ChannelConversion.toChannels(sized, info.channels());
    }

    /** Anomaly scores (Mahalanobis distances) of images already at the working size and channel count. */
    public double[] score(List<Raster> prepared, CancellationToken cancel) {
        return gaussian.mahalanobis(embed(prepared, cancel));
    }

    /** L2-normalised embeddings {@code [n][D]} in double precision. */
    public double[][] embed(List<Raster> prepared, CancellationToken cancel) {
        return toDoubles(detector.embedRasters(prepared, cancel));
    }

    static double[][] toDoubles(float[][] f) {
        double[][] d = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            d[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                d[i][j] = f[i][j];
            }
        }
        return d;
    }

    /** Writes the model into an empty or new folder. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        detector.save(dir.resolve(DETECTOR_DIR));
        ModelFiles.writeGaussian(dir.resolve(GAUSSIAN_FILE), gaussian);
        ModelFiles.writeInfo(dir.resolve(INFO_FILE), info);
    }

    /** Reads a model written by {@link #save}; the message names the folder and what is wrong. */
    public static ScoringModel load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no saved model there");
        }
        ModelInfo info = ModelFiles.readInfo(dir.resolve(INFO_FILE));
        GaussianModel gaussian = ModelFiles.readGaussian(dir.resolve(GAUSSIAN_FILE));
        Detector detector = Detector.load(dir.resolve(DETECTOR_DIR));
        return new ScoringModel(detector, gaussian, info);
    }

    /** Embeds in chunks so that huge folders are never held as one tensor. */
    public double[] scoreAll(List<Raster> prepared, CancellationToken cancel) {
        List<Double> out = new ArrayList<>(prepared.size());
        for (int from = 0; from < prepared.size(); from += 256) {
            double[] part = score(prepared.subList(from, Math.min(prepared.size(), from + 256)), cancel);
            for (double v : part) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void close() {
        detector.close();
    }
}
