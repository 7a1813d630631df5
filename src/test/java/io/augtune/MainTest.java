package io.augtune;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @Test
    void aProjectFileAloneOpensTheDesktopAppAndCommandsStayHeadless() {
        assertTrue(Main.opensProject(new String[] {"/home/qa/line 4.augtune"}));
        assertTrue(Main.opensProject(new String[] {"C:\\QA\\LINE4.AUGTUNE"}));
        assertFalse(Main.opensProject(new String[] {"report", "--project", "x.augtune"}));
        assertFalse(Main.opensProject(new String[] {"--version"}));
        assertFalse(Main.opensProject(new String[] {"images"}));
    }
}
