package io.augtune.ui.results;

import io.augtune.imaging.Raster;
import io.augtune.project.ScoredImage;
import io.augtune.project.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/** One row of the ranking: the scored image, its rank, its verdict under the current thresholds, its thumbnail. */
public final class ResultRow {
    private final ScoredImage image;
    private final int rank;
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Raster> thumbnail = new SimpleObjectProperty<>();

    ResultRow(ScoredImage image, int rank, Verdict initial) {
        this.image = Objects.requireNonNull(image, "image");
        this.rank = rank;
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

    void setVerdict(Verdict value) {
        verdict.set(value);
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
