package io.augtune.ui.results;

import io.augtune.project.Verdict;
import javafx.scene.input.KeyCode;

/** What an inspector can say about an image, its key and how it is stored (as the verdict it stands for). */
enum Decision {
    DEFECT("Defect", KeyCode.D, Verdict.FAIL),
    GOOD("Good", KeyCode.G, Verdict.PASS),
    UNSURE("Unsure", KeyCode.U, Verdict.REVIEW),
    CLEAR("Clear decision", KeyCode.DELETE, null);

    private final String word;
    private final KeyCode key;
    private final Verdict verdict;

    Decision(String word, KeyCode key, Verdict verdict) {
        this.word = word;
        this.key = key;
        this.verdict = verdict;
    }

    String word() {
        return word;
    }

    /** The verdict recorded for it; null clears the decision. */
    Verdict verdict() {
        return verdict;
    }

    String menuText() {
        return word + " (" + (this == CLEAR ? "Delete" : key.getName()) + ")";
    }

    static Decision forKey(KeyCode code) {
        if (code == KeyCode.BACK_SPACE) {
            return CLEAR;
        }
        for (Decision d : values()) {
            if (d.key == code) {
                return d;
            }
        }
        return null;
    }

    static Decision of(Verdict verdict) {
        for (Decision d : values()) {
            if (d.verdict == verdict) {
                return d;
            }
        }
        throw new IllegalArgumentException("no decision for " + verdict);
    }
}
