package io.augtune.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaMigrationsTest {
    private static final Path FILE = Path.of("/projects/old.augtune");

    @Test
    void anOldTreeIsUpgradedStepByStepAndStampedWithTheCurrentVersion() throws Exception {
        UnaryOperator<ObjectNode> renameTitle = tree -> {
            tree.set("name", tree.remove("title"));
            return tree;
        };
        UnaryOperator<ObjectNode> addRecursive = tree -> tree.put("recursive", false);
        SchemaMigrations migrations = new SchemaMigrations(3, List.of(renameTitle, addRecursive));

        ObjectNode upgraded = migrations.toCurrent(tree(1).put("title", "old name"), FILE);

        assertEquals(3, upgraded.get("schemaVersion").asInt());
        assertEquals("old name", upgraded.get("name").asText());
        assertFalse(upgraded.has("title"));
        assertFalse(upgraded.get("recursive").asBoolean());
    }

    @Test
    void aTreeFromTheMiddleOfTheChainRunsOnlyTheLaterUpgrades() throws Exception {
        UnaryOperator<ObjectNode> mustNotRun = tree -> {
            throw new AssertionError("upgrade 1->2 ran on a version 2 tree");
        };
        SchemaMigrations migrations = new SchemaMigrations(3, List.of(mustNotRun, tree -> tree.put("seen", true)));

        ObjectNode upgraded = migrations.toCurrent(tree(2), FILE);

        assertTrue(upgraded.get("seen").asBoolean());
    }

    @Test
    void theCurrentVersionIsLeftAsItIs() throws Exception {
        ObjectNode tree = tree(1).put("name", "x");

        assertEquals(tree.deepCopy(), SchemaMigrations.standard().toCurrent(tree, FILE));
    }

    @Test
    void aNewerVersionIsRefusedNamingTheFileAndBothVersions() {
        String message = assertThrows(UnusableInputException.class,
                () -> SchemaMigrations.standard().toCurrent(tree(2), FILE)).getMessage();

        assertTrue(message.contains(FILE.toString()) && message.contains("schema version 2")
                && message.contains("up to 1"), message);
    }

    @Test
    void aVersionBelowOneOrNotAnIntegerIsRefused() {
        SchemaMigrations migrations = SchemaMigrations.standard();

        assertThrows(UnusableInputException.class, () -> migrations.toCurrent(tree(0), FILE));
        assertThrows(UnusableInputException.class,
                () -> migrations.toCurrent(ProjectJson.MAPPER.createObjectNode().put("schemaVersion", "1"), FILE));
        assertThrows(UnusableInputException.class,
                () -> migrations.toCurrent(ProjectJson.MAPPER.createObjectNode().put("schemaVersion", 1.5), FILE));
    }

    @Test
    void aChainWithTheWrongNumberOfUpgradesIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new SchemaMigrations(2, List.of()));
    }

    private static ObjectNode tree(int version) {
        return ProjectJson.MAPPER.createObjectNode().put("schemaVersion", version);
    }
}
