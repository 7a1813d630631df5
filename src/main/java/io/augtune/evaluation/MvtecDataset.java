package io.augtune.evaluation;

import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A labelled data set in the MVTec layout: {@code good/} or {@code train/good/} holds the normal images;
 * {@code test/<type>/} the production images, {@code test/good} being defect-free and every other folder a defect
 * type; optional masks at {@code ground_truth/<type>/<name>_mask.png}. Labels are only used for metrics, never for
 * training or tuning.
 *
 * @param root         the data set folder
 * @param normalFolder the folder of normal training images
 * @param testGroups   test folders with their label
 */
public record MvtecDataset(Path root, Path normalFolder, List<TestGroup> testGroups) {

    /** One folder of test images: {@code test/good} (defective = false) or a defect type. */
    public record TestGroup(String name, Path folder, boolean defective) {
    }

    public MvtecDataset {
        testGroups = List.copyOf(testGroups);
    }

    /** Reads the layout; with {@code defect} non-null keeps only {@code test/good} and {@code test/<defect>}. */
    public static MvtecDataset open(Path root, String defect) throws UnusableInputException {
        if (!Files.isDirectory(root)) {
            throw new UnusableInputException(root + ": not a folder");
        }
        Path normal = Files.isDirectory(root.resolve("train/good")) ? root.resolve("train/good") : root.resolve("good");
        if (!Files.isDirectory(normal)) {
            throw new UnusableInputException(root + ": no normal images (expected good/ or train/good/)");
        }
        Path test = root.resolve("test");
        if (!Files.isDirectory(test)) {
            throw new UnusableInputException(root + ": no test/ folder of production images");
        }
        List<TestGroup> groups = new ArrayList<>();
        try (Stream<Path> children = Files.list(test)) {
            children.filter(Files::isDirectory).sorted().forEach(dir -> {
                String name = dir.getFileName().toString();
                groups.add(new TestGroup(name, dir, !name.equalsIgnoreCase("good")));
            });
        } catch (IOException e) {
            throw new UnusableInputException(test + ": cannot list (" + e.getMessage() + ")", e);
        }
        if (defect != null) {
            groups.removeIf(g -> g.defective() && !g.name().equals(defect));
            if (groups.stream().noneMatch(TestGroup::defective)) {
                throw new UnusableInputException(test + ": no defect type '" + defect + "'");
            }
        }
        if (groups.stream().noneMatch(TestGroup::defective) || groups.stream().allMatch(TestGroup::defective)) {
            throw new UnusableInputException(test + ": needs test/good and at least one defect folder");
        }
        return new MvtecDataset(root, normal, groups);
    }

    /** The defect type names present (every test folder except good). */
    public List<String> defectTypes() {
        return testGroups.stream().filter(TestGroup::defective).map(TestGroup::name).toList();
    }

    /** The mask of a defective test image, if the data set has one. */
    public Optional<Path> maskFor(TestGroup group, Path image) {
        String file = image.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        Path dir = root.resolve("ground_truth").resolve(group.name());
        for (String candidate : List.of(stem + "_mask.png", stem + ".png", stem + "_mask.PNG")) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (normal: %s, test groups: %s)", root, normalFolder,
                testGroups.stream().map(TestGroup::name).toList());
    }
}
