package io.augtune.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Another Java process, for fault tests: a second writer, a lock holder, a process killed mid-save. */
public final class JavaProcess {
    private JavaProcess() {
    }

    /** Starts {@code mainClass} from this test run's class path, with {@code tmpdir} as its temp folder. */
    public static Process start(Path tmpdir, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Djava.io.tmpdir=" + tmpdir,
                "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Starts the built application jar ({@code augtune.jar} system property, set by the integration tests). */
    public static Process startJar(Path tmpdir, String... args) throws IOException {
        String jar = System.getProperty("augtune.jar");
        if (jar == null) {
            throw new IllegalStateException("the augtune.jar system property names the built jar (set by failsafe)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Djava.io.tmpdir=" + tmpdir, "-jar", jar));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits for the process to end (at most {@code seconds}) and returns its exit code and everything it printed. */
    public static Finished finish(Process process, long seconds) throws IOException, InterruptedException {
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not end within " + seconds + " s");
        }
        return new Finished(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Reads the process's output until a line equals {@code line}; fails if the process ends first. */
    public static void awaitLine(Process process, String line) throws IOException {
        awaitLineMatching(process, line, false);
    }

    /** Reads the process's output until a line starts with {@code prefix}; fails if the process ends first. */
    public static void awaitLinePrefix(Process process, String prefix) throws IOException {
        awaitLineMatching(process, prefix, true);
    }

    private static void awaitLineMatching(Process process, String line, boolean prefix) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String next = reader.readLine(); next != null; next = reader.readLine()) {
            if (prefix ? next.startsWith(line) : next.equals(line)) {
                return;
            }
            seen.append(next).append('\n');
        }
        throw new AssertionError("process ended before printing '" + line + "':\n" + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** How a process ended. */
    public record Finished(int code, String output) {
    }
}
