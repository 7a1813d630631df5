/**
 * Threading of the desktop app: the one bridge to the FX thread ({@link io.augtune.ui.fx.FxBridge}), the
 * background-executor abstraction with a same-thread implementation for tests, and the coalescing inbox that
 * live views drain on a timer.
 */
package io.augtune.ui.fx;
