package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The number of CPU threads libtorch uses inside one operation, for the whole process. The default (one per core) is
 * fastest on an idle machine; when other processes compete for the cores, one thread was measured several times
 * faster, because libtorch's worker threads spin while waiting for each other.
 */
public final class ComputeThreads {

    private ComputeThreads() {
    }

    /** Threads currently used per operation. */
    public static int current() {
        Engine.getInstance(); // loads the native library before any JniUtils call
        return JniUtils.getNumThreads();
    }

    /** Sets the threads used per operation from now on, process-wide; at least 1. */
    public static void use(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Engine.getInstance();
        JniUtils.setNumThreads(threads);
    }
}
