package io.augtune.project;

import java.util.Objects;

/**
 * A person's verdict on one production image, overriding the score's verdict.
 *
 * @param relativePath path inside the production folder, '/' separators
 * @param verdict      the person's verdict
 * @param note         free text, empty when none (null becomes empty)
 */
public record UserDecision(String relativePath, Verdict verdict, String note) {

    public UserDecision {
        RelativePaths.require(relativePath, "relativePath");
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
    }
}
