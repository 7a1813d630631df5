#!/usr/bin/env python3
"""Summarises `--family auto` runs (src/tools/measure/families.sh) for issue #15.

usage: python3 src/tools/measure/families-summary.py AUTO_DIR [BASE_DIR]

Per task and seed: the family kept, whether the search was sure, the tuned detector's image AUROC, each trial's
selection loss and AUROC. Then per task: the mean tuned AUROC against the baseline runs in BASE_DIR (the same tasks
and seeds with --family cutdiff on the jar before the search), the best trial family's AUROC, and Spearman between
the trials' selection losses and their AUROCs, per seed and seed-averaged (losses and AUROCs averaged over seeds per
family first). Runs made while the trials also measured their classifier's "likeness" (a development build between commits
58ed928 and 4151309, the first measurement in the measurements document)
compare both separations, novelty (memory-bank scores) and likeness (classifier logits); later runs hold novelty
alone (their selection loss), and the likeness columns show n/a.
"""
import glob
import json
import os
import statistics
import sys


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    mx, my = statistics.mean(rx), statistics.mean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    den = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return num / den if den else float("nan")


def mean_sd(xs):
    if not xs:
        return "n/a"
    if len(xs) == 1:
        return f"{xs[0]:.3f}"
    return f"{statistics.mean(xs):.3f} ± {statistics.stdev(xs):.3f}"


def separation(v, key):
    """A trial's separation by novelty or likeness; novelty is the selection loss's complement when not recorded."""
    if key in v:
        return v[key]
    return 1 - v["finalValidationLoss"] if key == "noveltySeparation" else float("nan")


def load(folder, prefix):
    runs = {}
    for path in sorted(glob.glob(os.path.join(folder, prefix + "-*.json"))):
        name = os.path.basename(path)[len(prefix) + 1:-5]
        task, seed = name.rsplit("-", 1)
        runs[(task, int(seed))] = json.load(open(path))
    return runs


def main():
    auto = load(sys.argv[1], "auto")
    base = load(sys.argv[2], "cutdiff") if len(sys.argv) > 2 else {}
    tasks = sorted({t for t, _ in auto})
    rules = ("novelty", "likeness") if all("likenessSeparation" in v for r in auto.values()
                                           for v in r["families"].values()) else ("novelty",)
    print("| task | seed | kept | sure | tuned AUROC | cutdiff before | trials: family loss/AUROC (novelty, likeness) |")
    print("|---|---|---|---|---|---|---|")
    for (task, seed), r in sorted(auto.items()):
        fam = r["families"]
        trials = "; ".join(
            f"{f} {v['finalValidationLoss']:.3f}/{v['imageAuroc']:.3f} ({separation(v, 'noveltySeparation'):.2f}, "
            f"{separation(v, 'likenessSeparation'):.2f})" for f, v in fam.items())
        b = base.get((task, seed))
        print(f"| {task} | {seed} | {r['family']} | {'yes' if r['familyChoice']['decided'] else 'close'} | "
              f"{r['imageAuroc']['tuned']:.3f} | {b['imageAuroc']['tuned']:.3f} | {trials} |" if b else
              f"| {task} | {seed} | {r['family']} | {'yes' if r['familyChoice']['decided'] else 'close'} | "
              f"{r['imageAuroc']['tuned']:.3f} | n/a | {trials} |")
    print()
    print("| task | seeds | auto (tuned) | cutdiff before | best trial family (its trial AUROC) | kept by novelty / "
          "likeness (trial AUROC) | Spearman per seed: novelty / likeness | Spearman seed-averaged: novelty / "
          "likeness | search s |")
    print("|---|---|---|---|---|---|---|---|---|")
    all_sa = {"novelty": [], "likeness": []}
    for task in tasks:
        seeds = sorted(s for t, s in auto if t == task)
        tuned = [auto[(task, s)]["imageAuroc"]["tuned"] for s in seeds]
        before = [base[(task, s)]["imageAuroc"]["tuned"] for s in seeds if (task, s) in base]
        per_seed = {"novelty": [], "likeness": []}
        kept = {"novelty": [], "likeness": []}
        best = []
        by_family = {}
        for s in seeds:
            fam = auto[(task, s)]["families"]
            names = list(fam)
            aurocs = [fam[f]["imageAuroc"] for f in names]
            best.append(max(aurocs))
            for rule, key in (("novelty", "noveltySeparation"), ("likeness", "likenessSeparation"))[:len(rules)]:
                losses = [1 - separation(fam[f], key) for f in names]
                per_seed[rule].append(spearman(losses, aurocs))
                kept[rule].append(aurocs[min(range(len(names)), key=lambda i: losses[i])])
                for f in names:
                    by_family.setdefault((rule, f), []).append((1 - separation(fam[f], key), fam[f]["imageAuroc"]))
        averaged = {}
        for rule in rules:
            fams = sorted({f for (r, f) in by_family if r == rule})
            losses = [statistics.mean(p[0] for p in by_family[(rule, f)]) for f in fams]
            aurocs = [statistics.mean(p[1] for p in by_family[(rule, f)]) for f in fams]
            averaged[rule] = spearman(losses, aurocs)
            all_sa[rule].append(averaged[rule])
        search = [auto[(task, s)]["seconds"].get("familySearch") or 0 for s in seeds]
        print(f"| {task} | {len(seeds)} | {mean_sd(tuned)} | {mean_sd(before)} | {mean_sd(best)} | "
              f"{mean_sd(kept['novelty'])} / {mean_sd(kept['likeness'])} | {mean_sd(per_seed['novelty'])} / "
              f"{mean_sd(per_seed['likeness'])} | {averaged['novelty']:.2f} / "
              f"{averaged.get('likeness', float('nan')):.2f} | "
              f"{statistics.mean(search):.0f} |")
    print()
    for rule, values in all_sa.items():
        if values:
            print(f"seed-averaged Spearman, mean over tasks, {rule}: {statistics.mean(values):.2f}")
    print()
    points_spearman(auto, tasks)


def points_spearman(auto, tasks):
    """Spearman of selection loss and AUROC over every detector a run judged: the five family trials (each at its
    family's range middle) and the kept family's tuned starts (three points of its hyperparameters)."""
    print("| task | points per run | Spearman per seed (families and the kept family's starts) |")
    print("|---|---|---|")
    means = []
    for task in tasks:
        per_seed = []
        counts = set()
        for s in sorted(s for t, s in auto if t == task):
            r = auto[(task, s)]
            losses = [v["finalValidationLoss"] for v in r["families"].values()]
            aurocs = [v["imageAuroc"] for v in r["families"].values()]
            for run in r.get("tunedRuns", []):
                if "selectionLoss" in run and "imageAuroc" in run:
                    losses.append(run["selectionLoss"])
                    aurocs.append(run["imageAuroc"])
            counts.add(len(losses))
            per_seed.append(spearman(losses, aurocs))
        means.append(statistics.mean(per_seed))
        print(f"| {task} | {', '.join(map(str, sorted(counts)))} | {mean_sd(per_seed)} |")
    print(f"\nSpearman over families and starts, mean over tasks: {statistics.mean(means):.2f}")


if __name__ == "__main__":
    main()
