package io.augtune.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident memory of this process from {@code /proc/self/status}, including native (libtorch) allocations that the
 * JVM heap figures miss. Linux only: elsewhere every figure is -1.
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** Current resident set size in MiB, or -1. */
    static long residentMb() {
        return readMb("VmRSS:");
    }

    /** Peak resident set size ("high water mark") in MiB, or -1. */
    static long peakResidentMb() {
        return readMb("VmHWM:");
    }

    private static long readMb(String key) {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    String kilobytes = line.substring(key.length()).replace("kB", "").trim();
                    return Long.parseLong(kilobytes) / 1024;
                }
            }
            return -1;
        } catch (IOException | NumberFormatException | SecurityException e) {
            return -1;
        }
    }
}
