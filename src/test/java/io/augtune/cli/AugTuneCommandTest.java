package io.augtune.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugTuneCommandTest {

    @Test
    void versionPrintsAppAndEngineVersions() {
        StringWriter out = new StringWriter();
        int code = AugTuneCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version");
        assertEquals(ExitCodes.OK, code);
        assertTrue(out.toString().contains("AugTune Inspector"), out.toString());
        assertTrue(out.toString().contains("DJL"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = AugTuneCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--no-such-option");
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("no-such-option"), err.toString());
    }
}
