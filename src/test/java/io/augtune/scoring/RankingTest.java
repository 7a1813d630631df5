package io.augtune.scoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankingTest {

    @Test
    void highestScoreGetsRankOneAndRanksHaveNoGaps() {
        List<RankedItem> ranked = Ranking.rank(List.of(
                new ScoredItem("a.png", 1.0), new ScoredItem("b.png", 3.0), new ScoredItem("c.png", 2.0)));
        assertEquals(List.of(new RankedItem(1, "b.png", 3.0), new RankedItem(2, "c.png", 2.0),
                new RankedItem(3, "a.png", 1.0)), ranked);
    }

    @Test
    void equalScoresAreOrderedByIdWhateverTheInputOrder() {
        List<ScoredItem> items = new ArrayList<>(List.of(new ScoredItem("z", 5), new ScoredItem("m", 5),
                new ScoredItem("a", 5), new ScoredItem("top", 9)));
        List<RankedItem> expected = List.of(new RankedItem(1, "top", 9), new RankedItem(2, "a", 5),
                new RankedItem(3, "m", 5), new RankedItem(4, "z", 5));
        assertEquals(expected, Ranking.rank(items));
        Collections.reverse(items);
        assertEquals(expected, Ranking.rank(items));
    }

    @Test
    void anEmptyListGivesAnEmptyRanking() {
        assertEquals(List.of(), Ranking.rank(List.of()));
    }

    @Test
    void aNaNScoreIsRejectedWhenTheItemIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new ScoredItem("x", Double.NaN));
    }
}
