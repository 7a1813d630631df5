package io.augtune.ui.welcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the sample projects shipped with the app: the {@code *.augtune} files directly inside a
 * {@value #FOLDER} folder next to the jar or in the working directory.
 */
public final class SampleProjects {
    public static final String FOLDER = "sample-projects";

    private final List<Path> folders;

    public SampleProjects(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The folders an installed app looks in: beside the jar (or class folder) and in the working directory. */
    public static SampleProjects standard() {
        Set<Path> folders = new LinkedHashSet<>();
        codeLocation().ifPresent(location -> {
            Path parent = location.getParent();
            if (parent != null) {
                folders.add(parent.resolve(FOLDER));
            }
        });
        folders.add(Path.of("").toAbsolutePath().resolve(FOLDER));
        return new SampleProjects(new ArrayList<>(folders));
    }

    /** Every sample project found, sorted by file name; unreadable folders are passed over. */
    public List<Path> find() {
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.getFileName().toString().endsWith(ProjectEntry.EXTENSION))
                        .map(file -> file.toAbsolutePath().normalize())
                        .forEach(found::add);
            } catch (IOException e) {
                // A sample folder we cannot read simply shows no samples.
            }
        }
        List<Path> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return List.copyOf(sorted);
    }

    private static java.util.Optional<Path> codeLocation() {
        try {
            var source = SampleProjects.class.getProtectionDomain().getCodeSource();
            return source == null ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}
