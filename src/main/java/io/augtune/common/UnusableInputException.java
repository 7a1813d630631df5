package io.augtune.common;

/** The user's input (a folder, a file, a project) cannot be used; the command line maps this to exit code 3. */
public class UnusableInputException extends AugTuneException {
    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
