package io.augtune.ui.shell;

import java.util.Objects;

/**
 * A failure described for the user: what was being done, which file or folder, and why, in words. Never a
 * stack trace.
 *
 * @param action what failed, e.g. "Could not open the project"
 * @param file   the file or folder concerned, or empty
 * @param reason why, in words
 */
public record UserError(String action, String file, String reason) {

    public UserError {
        Objects.requireNonNull(action, "action");
        file = file == null ? "" : file;
        reason = reason == null || reason.isBlank() ? "unknown reason" : reason;
    }

    /** Describes a throwable by its message only; falls back to the kind of failure. */
    public static UserError of(String action, Object file, Throwable failure) {
        String reason = failure.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = failure instanceof OutOfMemoryError ? "not enough memory"
                    : "unexpected internal error (" + failure.getClass().getSimpleName() + ")";
        }
        return new UserError(action, file == null ? "" : file.toString(), reason);
    }
}
