package io.augtune.common;

/**
 * The one rule for image paths that a project can store: non-empty, '/'-separated, inside its folder, and free of
 * backslashes (Windows reads a backslash as a separator, so {@code a\b.png} named on Linux would be another file
 * there, and {@code ..\x.png} a file outside the folder). The folder scanner skips what this rule refuses, with the
 * reason, and the project refuses the same names: a name the scanner accepts can always be saved.
 */
public final class PortablePaths {
    private PortablePaths() {
    }

    /** Why {@code relativePath} cannot be stored in a project, in words for the user; null when it can. */
    public static String problemWith(String relativePath) {
        if (relativePath.isEmpty()) {
            return "the path is empty";
        }
        if (relativePath.startsWith("/")) {
            return "the path is absolute";
        }
        if (relativePath.indexOf('\\') >= 0) {
            return "the name holds a backslash (\\), which Windows reads as a folder separator; rename it to use it";
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "the path leaves its folder or has an empty part";
            }
        }
        return null;
    }
}
