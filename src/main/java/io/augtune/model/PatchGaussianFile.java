package io.augtune.model;

import io.augtune.common.AtomicFiles;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.PatchGaussian;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PatchGaussian} as a binary file: JSON would be ten times larger for the ~10⁶ numbers of a map of
 * Gaussians. Big-endian (Java's {@link DataOutputStream}): the 8 ASCII bytes {@code AUGTPG01}, then ints height,
 * width, channels d; then per position in row-major order: the shrinkage (double), the mean (d doubles) and the lower
 * triangle of the covariance row by row ({@code d(d+1)/2} doubles). Doubles are stored bit-exactly, so a reloaded
 * model gives identical distances. Written to a temporary sibling and moved into place ({@link AtomicFiles}).
 */
final class PatchGaussianFile {
    private static final byte[] MAGIC = "AUGTPG01".getBytes(StandardCharsets.US_ASCII);
    /** Large enough for any stage of a 1024-pixel detector with tiles, small enough to reject garbage early. */
    private static final int MAX_SIDE = 4096;
    private static final int MAX_CHANNELS = 4096;

    private PatchGaussianFile() {
    }

    static void write(Path file, PatchGaussian gaussian) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.write(MAGIC);
            out.writeInt(gaussian.height());
            out.writeInt(gaussian.width());
            out.writeInt(gaussian.channels());
            for (GaussianModel position : gaussian.positions()) {
                writePosition(out, position);
            }
            out.flush();
        });
    }

    private static void writePosition(DataOutputStream out, GaussianModel position) throws IOException {
        out.writeDouble(position.shrinkage());
        for (double m : position.mean()) {
            out.writeDouble(m);
        }
        double[][] covariance = position.covariance();
        for (int i = 0; i < covariance.length; i++) {
            for (int j = 0; j <= i; j++) {
                out.writeDouble(covariance[i][j]);
            }
        }
    }

    /** @throws IOException naming the file when it is missing, truncated or not such a file */
    static PatchGaussian read(Path file) throws IOException {
        try (DataInputStream in = BinaryModelFile.open(file, MAGIC, "patch Gaussian")) {
            int height = BinaryModelFile.bounded(in.readInt(), MAX_SIDE, file);
            int width = BinaryModelFile.bounded(in.readInt(), MAX_SIDE, file);
            int channels = BinaryModelFile.bounded(in.readInt(), MAX_CHANNELS, file);
            // The header must not make us allocate more than the file holds.
            long perPosition = 1 + channels + (long) channels * (channels + 1) / 2;
            BinaryModelFile.requireLength(file, MAGIC.length + 12 + (long) height * width * perPosition * Double.BYTES);
            List<GaussianModel> positions = new ArrayList<>(height * width);
            for (int p = 0; p < height * width; p++) {
                positions.add(readPosition(in, channels));
            }
            return PatchGaussian.fromModels(height, width, positions);
        } catch (EOFException e) {
            throw new IOException(file + ": truncated", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unusable (" + e.getMessage() + ")", e);
        }
    }

    private static GaussianModel readPosition(DataInputStream in, int d) throws IOException {
        double shrinkage = in.readDouble();
        double[] mean = new double[d];
        for (int i = 0; i < d; i++) {
            mean[i] = in.readDouble();
        }
        double[][] covariance = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                covariance[i][j] = in.readDouble();
                covariance[j][i] = covariance[i][j];
            }
        }
        return GaussianModel.fromArrays(mean, covariance, shrinkage);
    }

}
