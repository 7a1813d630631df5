package io.augtune.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders scored items for review: descending score, equal scores by ascending id (String natural order), so the
 * order never depends on the input order. Ranks are 1, 2, 3, ... with no gaps; equal scores still get distinct
 * ranks, decided by the id.
 */
public final class Ranking {
    /** The ranking order as a comparator, for callers that sort their own rows the same way. */
    public static final Comparator<ScoredItem> ORDER = Comparator.comparingDouble(ScoredItem::score).reversed()
            .thenComparing(ScoredItem::id);

    private Ranking() {
    }

    /** Ranked copy of the items; the input list is not modified. */
    public static List<RankedItem> rank(List<ScoredItem> items) {
        List<ScoredItem> sorted = new ArrayList<>(items);
        sorted.sort(ORDER);
        List<RankedItem> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ScoredItem item = sorted.get(i);
            ranked.add(new RankedItem(i + 1, item.id(), item.score()));
        }
        return List.copyOf(ranked);
    }
}
