package io.augtune.cli;

import io.augtune.testdata.SyntheticTextures;

import java.nio.file.Path;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A project tuned in a second on the command line: 8 normal textures and 4 production ones with planted patches,
 * 16 px, one start, a one-second budget.
 *
 * @param normal     the normal folder
 * @param production the production folder (p000.png ... p003.png)
 * @param file       the project file
 */
record TinyProject(Path normal, Path production, Path file) {
    static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    /** Tunes one in {@code dir} from textures drawn with {@code seed}, with these options besides {@link #TINY}. */
    static TinyProject tune(Path dir, long seed, String... options) {
        Random random = new Random(seed);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, 0.1);
        Path file = dir.resolve("line.augtune");
        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", file.toString()}, concat(TINY, options)));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
        return new TinyProject(normal, production, file);
    }
}
