package io.augtune.common;

/** Thrown by long jobs when their {@link CancellationToken} was cancelled; unchecked so loops stay simple. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
