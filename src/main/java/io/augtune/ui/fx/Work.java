package io.augtune.ui.fx;

import io.augtune.common.CancellationToken;

/** A piece of background work; it checks the token at every step so it can be paused or cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(CancellationToken token) throws Exception;
}
