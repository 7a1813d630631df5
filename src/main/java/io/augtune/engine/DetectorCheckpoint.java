package io.augtune.engine;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The on-disk form of a detector: a folder holding {@value #CONFIG_FILE} (the {@link DetectorConfig} as Java
 * properties, with a format version) and {@value #PARAMETERS_FILE} (DJL's parameter stream of the whole network).
 */
final class DetectorCheckpoint {
    static final String CONFIG_FILE = "detector.properties";
    static final String PARAMETERS_FILE = "parameters.bin";
    static final String FORMAT = "augtune-detector";
    static final int VERSION = 1;

    private DetectorCheckpoint() {
    }

    static void write(Path dir, DetectorConfig config, DetectorNetwork network) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, target.getFileName() + ".saving-");
        try {
            writeConfig(temp.resolve(CONFIG_FILE), config);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temp.resolve(PARAMETERS_FILE))))) {
                network.save(out);
            }
            replace(temp, target);
        } finally {
            deleteRecursively(temp);
        }
    }

    private static void writeConfig(Path file, DetectorConfig config) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("version", Integer.toString(VERSION));
        properties.setProperty("inputSize", Integer.toString(config.inputSize()));
        properties.setProperty("channels", Integer.toString(config.channels()));
        properties.setProperty("stageWidths", Arrays.stream(config.stageWidths()).mapToObj(Integer::toString)
                .reduce((a, b) -> a + "," + b).orElseThrow());
        properties.setProperty("embeddingDim", Integer.toString(config.embeddingDim()));
        properties.setProperty("learningRate", Double.toString(config.learningRate()));
        properties.setProperty("weightDecay", Double.toString(config.weightDecay()));
        properties.setProperty("pretrained", config.pretrained() ? MobileNetFeatures.NAME : "none");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "AugTune detector");
        }
    }

    /** Moves the finished folder into place; an existing target is set aside first and deleted only afterwards. */
    private static void replace(Path finished, Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException("cannot save detector: " + target + " exists and is not a folder");
        }
        if (!Files.exists(target)) {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path previous = Files.createTempDirectory(target.getParent(), target.getFileName() + ".previous-");
        Files.delete(previous);
        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(previous);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static DetectorConfig readConfig(Path dir) throws IOException {
        Path file = dir.resolve(CONFIG_FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new IOException("no saved detector in " + dir + ": " + CONFIG_FILE + " is missing", e);
        }
        if (!FORMAT.equals(properties.getProperty("format"))
                || !Integer.toString(VERSION).equals(properties.getProperty("version"))) {
            throw new IOException(file + " is not a version " + VERSION + " AugTune detector (format="
                    + properties.getProperty("format") + ", version=" + properties.getProperty("version") + ")");
        }
        try {
            return new DetectorConfig(intValue(properties, "inputSize"), intValue(properties, "channels"),
                    intList(properties, "stageWidths"), intValue(properties, "embeddingDim"),
                    doubleValue(properties, "learningRate"), doubleValue(properties, "weightDecay"),
                    pretrained(properties));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid detector settings in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Detectors saved before pretrained features existed learned from the pixels. */
    private static boolean pretrained(Properties properties) {
        String value = properties.getProperty("pretrained", "none").trim();
        if (!value.equals("none") && !value.equals(MobileNetFeatures.NAME)) {
            throw new IllegalArgumentException("unknown pretrained features " + value);
        }
        return value.equals(MobileNetFeatures.NAME);
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value.trim();
    }

    private static int intValue(Properties properties, String key) {
        return Integer.parseInt(value(properties, key));
    }

    private static double doubleValue(Properties properties, String key) {
        return Double.parseDouble(value(properties, key));
    }

    private static int[] intList(Properties properties, String key) {
        return Arrays.stream(value(properties, key).split(",")).map(String::trim).mapToInt(Integer::parseInt)
                .toArray();
    }

    /**
     * Replaces the initialised parameters of {@code network} by the saved ones, checking every shape against the
     * one the configuration implies, and frees the replaced arrays.
     */
    static void readParameters(Path dir, DetectorNetwork network, NDManager manager) throws IOException {
        Path file = dir.resolve(PARAMETERS_FILE);
        List<Parameter> parameters = network.parameters();
        List<NDArray> initial = new ArrayList<>();
        List<Shape> expectedShapes = new ArrayList<>();
        for (Parameter parameter : parameters) {
            initial.add(parameter.getArray());
            expectedShapes.add(parameter.getArray().getShape());
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            network.load(manager, in);
            if (in.read() != -1) {
                throw new IOException("unexpected data after the last parameter");
            }
        } catch (NoSuchFileException e) {
            throw new IOException("no saved detector in " + dir + ": " + PARAMETERS_FILE + " is missing", e);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new IOException("cannot read detector parameters from " + file + " (corrupt, or saved with other "
                    + "settings than its " + CONFIG_FILE + "): " + e.getMessage(), e);
        }
        checkShapes(file, parameters, expectedShapes);
        checkFinite(file, parameters);
        initial.forEach(NDArray::close);
        for (Parameter parameter : parameters) {
            parameter.getArray().setRequiresGradient(parameter.requiresGradient());
        }
    }

    /** A NaN or infinite weight would make every score NaN: such a file is refused when it is read. */
    private static void checkFinite(Path file, List<Parameter> parameters) throws IOException {
        for (Parameter parameter : parameters) {
            NDArray values = parameter.getArray();
            try (NDArray nan = values.isNaN(); NDArray infinite = values.isInfinite();
                 NDArray bad = nan.logicalOr(infinite); NDArray any = bad.any()) {
                if (any.getBoolean()) {
                    throw new IOException("detector parameters in " + file + " hold values that are not finite "
                            + "numbers (" + parameter.getName() + ")");
                }
            }
        }
    }

    private static void checkShapes(Path file, List<Parameter> parameters, List<Shape> expected) throws IOException {
        for (int i = 0; i < parameters.size(); i++) {
            Shape actual = parameters.get(i).getArray().getShape();
            if (!actual.equals(expected.get(i))) {
                throw new IOException("detector parameters in " + file + " do not fit its " + CONFIG_FILE + ": "
                        + parameters.get(i).getName() + " is " + actual + ", expected " + expected.get(i));
            }
        }
    }
}
