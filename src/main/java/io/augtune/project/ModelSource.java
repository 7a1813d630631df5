package io.augtune.project;

import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/** Where the model files of a project being saved come from. The model is opaque bytes to this layer. */
sealed interface ModelSource {

    /** Adds the model's entries to the container being written. */
    void writeTo(ZipOutputStream zip) throws IOException;

    /** The project has no model. */
    record None() implements ModelSource {
        @Override
        public void writeTo(ZipOutputStream zip) {
            // Nothing to pack.
        }
    }

    /** A folder of model files produced by the engine; sub-folders are kept. */
    record Folder(Path dir, List<Path> files) implements ModelSource {

        /** Lists the folder now so an empty or missing folder is refused before anything is written. */
        static Folder of(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new NotDirectoryException(dir.toString());
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(path -> !Files.isDirectory(path)).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("the model folder " + dir + " holds no files");
            }
            return new Folder(dir, files);
        }

        @Override
        public void writeTo(ZipOutputStream zip) throws IOException {
            for (Path file : files) {
                String name = RelativePaths.require(RelativePaths.relativize(dir, file), "model file name");
                try (InputStream in = Files.newInputStream(file)) {
                    ProjectArchive.putModelEntry(zip, name, in);
                }
            }
        }
    }

    /** The model entries of the project file being replaced, copied over unchanged. */
    record PreviousFile(Path file) implements ModelSource {
        @Override
        public void writeTo(ZipOutputStream zip) throws IOException {
            try (ProjectArchive previous = ProjectArchive.open(file)) {
                previous.forEachModelFile((name, in) -> ProjectArchive.putModelEntry(zip, name, in));
            } catch (UnusableInputException e) {
                throw new IOException("Cannot keep the model of " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
