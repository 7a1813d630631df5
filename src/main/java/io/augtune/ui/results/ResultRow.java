package io.augtune.ui.results;

import io.augtune.common.Raster;
import io.augtune.project.ScoredImage;
import io.augtune.project.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/**
 * One row of the ranking: the scored image, its rank, the inspector's decision if any, its verdict (the decision
 * when there is one, else the thresholds' verdict of its score), its thumbnail.
 */
public final class ResultRow {
    private final ScoredImage image;
    private final int rank;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> decision = new ReadOnlyObjectWrapper<>();
    private Verdict scoreVerdict;
    private final ObjectProperty<Raster> thumbnail = new SimpleObjectProperty<>();

    ResultRow(ScoredImage image, int rank, Verdict initial) {
        this.image = Objects.requireNonNull(image, "image");
        this.rank = rank;
        scoreVerdict = initial;
        verdict.set(initial);
    }

    public ScoredImage image() {
        return image;
    }

    /** 1 is the most anomalous. */
    public int rank() {
        return rank;
    }

    public String relativePath() {
        return image.relativePath();
    }

    public double score() {
        return image.score();
    }

    public Verdict verdict() {
        return verdict.get();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The verdict of the score under the thresholds, whatever the decision. */
    public Verdict scoreVerdict() {
        return scoreVerdict;
    }

    /** The inspector's decision (FAIL = defect, PASS = good, REVIEW = unsure), or null when none. */
    public Verdict decision() {
        return decision.get();
    }

    public ReadOnlyObjectProperty<Verdict> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    void setScoreVerdict(Verdict value) {
        scoreVerdict = value;
        verdict.set(decision.get() != null ? decision.get() : value);
    }

    void setDecision(Verdict value) {
        decision.set(value);
        verdict.set(value != null ? value : scoreVerdict);
    }

    /** A small preview once loaded; null until then. */
    public ObjectProperty<Raster> thumbnailProperty() {
        return thumbnail;
    }

    @Override
    public String toString() {
        return "#" + rank + " " + image.relativePath();
    }
}
