package io.augtune.imaging;

import io.augtune.common.UnusableInputException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image file cannot be used. {@link #reason()} says why in a few words for the user ("truncated or corrupt
 * image data", "too small: 1x1 (minimum 8x8)"); the message prefixes it with the file.
 */
public class ImageDecodeException extends UnusableInputException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public ImageDecodeException(Path file, String reason) {
        this(file, reason, null);
    }

    public ImageDecodeException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file that could not be used. */
    public Path file() {
        return file;
    }

    /** Why, without the file name. */
    public String reason() {
        return reason;
    }
}
