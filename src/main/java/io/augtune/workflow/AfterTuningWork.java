package io.augtune.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The work after the tuning, as a sum of terms: each is a count known before the tuning (patches to embed, distances
 * to memory-bank entries, greedy coreset steps, production pixels) times the seconds one unit took when it was timed
 * on this machine at the start of the run ({@link WorkProbe}). A training step's pace says little about these (it
 * differed 1.7× between runs whose inference did not), so nothing here is scaled by it. Another phase after the
 * tuning is one more term ({@link #plus}).
 *
 * @param terms what the work is made of, in the order it runs
 */
record AfterTuningWork(List<Term> terms) {
    /** Nothing measured: the time left then covers the tuning only. */
    static final AfterTuningWork NONE = new AfterTuningWork(List.of());

    AfterTuningWork {
        terms = List.copyOf(terms);
    }

    /**
     * One measured cost.
     *
     * @param what           what is done, in words (for logs and tests)
     * @param units          how many times
     * @param secondsPerUnit what one took in the probe
     */
    record Term(String what, double units, double secondsPerUnit) {
        double seconds() {
            return units * secondsPerUnit;
        }
    }

    /** What one unit of each kind of work took in the probe, in seconds. */
    record UnitCosts(double perPatch, double perDistance, double perCoresetStep, double perPixel) {
    }

    /**
     * How much work a run has after its tuning.
     *
     * @param trainImages       training normals: embedded whole (the image Gaussian), then patch by patch
     * @param heldBackImages    held-back normals, mapped for the thresholds
     * @param productionImages  production images, mapped and scored
     * @param patchesPerImage   patches (or tiles) per image
     * @param bankEntries       memory-bank entries each patch is compared with; 0 without a memory bank
     * @param coresetSteps      greedy steps choosing the memory bank; 0 when every normal patch is kept
     * @param productionPixels  original pixels of the production images (their maps are measured at that size)
     */
    record Counts(int trainImages, int heldBackImages, int productionImages, long patchesPerImage, long bankEntries,
                  long coresetSteps, long productionPixels) {
    }

    /** The terms of a run with these counts at these unit costs. */
    static AfterTuningWork of(Counts c, UnitCosts u) {
        List<Term> t = new ArrayList<>();
        double mapPatch = u.perPatch() + c.bankEntries() * u.perDistance();
        t.add(new Term("image Gaussian of the training normals", c.trainImages(), u.perPatch()));
        t.add(new Term("patches of the training normals", (double) c.trainImages() * c.patchesPerImage(),
                u.perPatch()));
        t.add(new Term("memory bank (coreset) steps", c.coresetSteps(), u.perCoresetStep()));
        t.add(new Term("patches of the held-back normals", (double) c.heldBackImages() * c.patchesPerImage(),
                mapPatch));
        t.add(new Term("patches of the production images", (double) c.productionImages() * c.patchesPerImage(),
                mapPatch));
        t.add(new Term("production maps at the original size", c.productionPixels(), u.perPixel()));
        return new AfterTuningWork(t);
    }

    /** This work and one more term after it. */
    AfterTuningWork plus(Term term) {
        List<Term> more = new ArrayList<>(terms);
        more.add(term);
        return new AfterTuningWork(more);
    }

    /** In words, for the progress line: the total and its largest parts. */
    String describe() {
        String parts = terms.stream().filter(t -> t.seconds() >= 0.5)
                .sorted((a, b) -> Double.compare(b.seconds(), a.seconds()))
                .map(t -> String.format(Locale.ROOT, "%s %.0f s", t.what(), t.seconds()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "after the tuning about %.0f s of mapping and scoring, timed on this machine",
                seconds()) + (parts.isEmpty() ? "" : " (" + parts + ")");
    }

    /** Seconds the whole work should take. */
    double seconds() {
        return terms.stream().mapToDouble(Term::seconds).sum();
    }
}
