package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Switches libtorch's autograd recording off for a scope and restores the previous state on close.
 *
 * <p>Needed because libtorch's grad mode is per thread and on by default: DJL switches it off only on the thread that
 * started the engine, so inference on a worker thread would otherwise record a graph through every parameter.
 */
public final class GradientMode implements AutoCloseable {
    private final boolean previous;

    private GradientMode(boolean enabled) {
        Engine.getInstance(); // JniUtils needs the native library loaded first
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(enabled);
    }

    /** Disables recording until {@link #close()}. */
    public static GradientMode disabled() {
        return new GradientMode(false);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
