package io.augtune.common;

/** Base of the app's checked failures; messages are meant for the user and name the file and the problem. */
public class AugTuneException extends Exception {
    private static final long serialVersionUID = 1L;

    public AugTuneException(String message) {
        super(message);
    }

    public AugTuneException(String message, Throwable cause) {
        super(message, cause);
    }
}
