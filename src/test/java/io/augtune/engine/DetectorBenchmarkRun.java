package io.augtune.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark (64x64, batch 32, 300 steps by default), run only on request:
 * {@code ./mvnw -o -q -B test -Dtest=DetectorBenchmarkRun -Daugtune.benchmark=true}. Optional overrides:
 * {@code -Daugtune.benchmark.size=128 -Daugtune.benchmark.batch=16 -Daugtune.benchmark.steps=100
 * -Daugtune.benchmark.threads=1}. Prints its figures; asserts nothing.
 */
@EnabledIfSystemProperty(named = "augtune.benchmark", matches = "true")
class DetectorBenchmarkRun {

    @Test
    void printFigures() {
        BenchmarkSettings defaults = BenchmarkSettings.defaults();
        BenchmarkSettings settings = new BenchmarkSettings(Integer.getInteger("augtune.benchmark.size",
                defaults.inputSize()), defaults.channels(), Integer.getInteger("augtune.benchmark.batch",
                defaults.batch()), Integer.getInteger("augtune.benchmark.steps", defaults.steps()),
                defaults.hyperparameterCount());
        ComputeThreads.use(Integer.getInteger("augtune.benchmark.threads", ComputeThreads.current()));
        BenchmarkResult result = DetectorBenchmark.run(settings, new SoftPatchAugmentation(), System.out::println);
        System.out.println("BENCHMARK " + result.summary());
    }
}
