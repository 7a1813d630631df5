package io.augtune.ui.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetuneEvidenceTest {
    @Test
    void theDecisionsAreCountedInWordsAndNoGoodPartsAreNotMentioned() {
        assertEquals("5 defects and 12 good parts", new RetuneCommands.Evidence(5, 12).words());
        assertEquals("1 defect and 1 good part", new RetuneCommands.Evidence(1, 1).words());
        assertEquals("1 defect", new RetuneCommands.Evidence(1, 0).words());
    }
}
