package io.augtune.cli;

/** Exit codes of every command: 0 ok, 1 internal failure, 2 usage error, 3 unusable input. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int UNUSABLE_INPUT = 3;

    private ExitCodes() {
    }
}
