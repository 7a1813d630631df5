package io.augtune.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.augtune.common.UnusableInputException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings an older {@code project.json} tree up to the current schema before it is bound to DTOs: a chain of
 * upgrades, upgrade {@code i} turning version {@code i + 1} into {@code i + 2}. Working on the JSON tree lets an
 * upgrade rename, move or fill in properties that no current DTO knows. A file newer than the app is refused
 * rather than half-read.
 *
 * <p>To change the format: raise {@link #CURRENT_VERSION}, append the upgrade from the previous version, change
 * the DTOs, and commit a saved file of the old version under {@code src/test/resources/projects/}.
 */
final class SchemaMigrations {
    /** The schema version this app writes. */
    static final int CURRENT_VERSION = 1;
    static final String VERSION_PROPERTY = "schemaVersion";

    private final int currentVersion;
    private final List<UnaryOperator<ObjectNode>> upgrades;

    SchemaMigrations(int currentVersion, List<UnaryOperator<ObjectNode>> upgrades) {
        if (upgrades.size() != currentVersion - 1) {
            throw new IllegalArgumentException("schema " + currentVersion + " needs " + (currentVersion - 1)
                    + " upgrades, got " + upgrades.size());
        }
        this.currentVersion = currentVersion;
        this.upgrades = List.copyOf(upgrades);
    }

    /** The migrations of this app: none yet, as version 1 is the first. */
    static SchemaMigrations standard() {
        return new SchemaMigrations(CURRENT_VERSION, List.of());
    }

    /** Upgrades {@code root} in place (upgrades may also return a new tree) and returns the current-version tree. */
    ObjectNode toCurrent(ObjectNode root, Path file) throws UnusableInputException {
        int version = versionOf(root, file);
        if (version > currentVersion) {
            throw new UnusableInputException("Cannot open " + file + ": it was saved by a newer AugTune Inspector "
                    + "(project schema version " + version + "); this version reads schema versions up to "
                    + currentVersion + ". Please update the app.");
        }
        ObjectNode tree = root;
        for (int v = version; v < currentVersion; v++) {
            tree = upgrades.get(v - 1).apply(tree);
            tree.put(VERSION_PROPERTY, v + 1);
        }
        return tree;
    }

    private static int versionOf(ObjectNode root, Path file) throws UnusableInputException {
        JsonNode node = root.get(VERSION_PROPERTY);
        if (node == null || !node.canConvertToExactIntegral() || node.asInt() < 1) {
            throw new UnusableInputException("Cannot open " + file + ": project.json has no valid "
                    + VERSION_PROPERTY + " (found " + node + ")");
        }
        return node.asInt();
    }
}
