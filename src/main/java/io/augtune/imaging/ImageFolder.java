package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import io.augtune.common.PortablePaths;
import io.augtune.common.UnusableInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the image files of a folder, optionally with its sub-folders. Files are recognised by extension
 * (png, jpg, jpeg, bmp, gif, tif, tiff, in any case); hidden files and folders (dot names) are skipped; symbolic
 * links are followed. Files whose path a project could not store ({@link PortablePaths}, e.g. a name with a
 * backslash) are listed as skipped with the reason. The order is stable on every platform and locale: by relative
 * path, compared as strings.
 */
public final class ImageFolder {

    /** The recognised extensions, lower case. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff");

    private ImageFolder() {
    }

    /**
     * Lists {@code root}.
     *
     * @throws UnusableInputException if the folder does not exist, is not a folder, or cannot be read
     */
    public static FolderListing list(Path root, boolean recursive) throws UnusableInputException {
        if (!Files.exists(root)) {
            throw new UnusableInputException("folder does not exist: " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new UnusableInputException("not a folder: " + root);
        }
        Collector collector = new Collector(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), recursive ? Integer.MAX_VALUE : 1,
                    collector);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read folder " + root + ": " + describe(e), e);
        }
        collector.images.sort(Comparator.comparing(ImageFile::relativePath));
        collector.unreadable.sort(Comparator.comparing(SkippedImage::relativePath));
        return new FolderListing(root, collector.images, collector.unreadable, collector.ignored);
    }

    /** Whether a file name has an image extension and is not hidden. */
    public static boolean isImageName(String fileName) {
        if (fileName.startsWith(".")) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The path of {@code file} below {@code root}, with forward slashes. */
    static String relativePath(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(file)) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Walks the tree, sorting what it meets into images, unreadable folders and other files. */
    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<ImageFile> images = new ArrayList<>();
        private final List<SkippedImage> unreadable = new ArrayList<>();
        private int ignored;

        Collector(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isDirectory() || name.startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (isImageName(name)) {
                addImage(file);
            } else {
                ignored++;
            }
            return FileVisitResult.CONTINUE;
        }

        /** An image file, or a skipped one when a project could not store its name. */
        private void addImage(Path file) {
            String relative = relativePath(root, file);
            String problem = PortablePaths.problemWith(relative);
            if (problem == null) {
                images.add(new ImageFile(file, relative));
            } else {
                unreadable.add(new SkippedImage(file, relative, problem));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
                throw e;
            }
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (Files.isDirectory(file) || e instanceof FileSystemLoopException) {
                unreadable.add(new SkippedImage(file, relativePath(root, file), "cannot read folder: " + describe(e)));
            } else if (isImageName(name)) {
                // Kept as an image so that the decoder reports the precise reason with the others.
                addImage(file);
            } else {
                ignored++;
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
