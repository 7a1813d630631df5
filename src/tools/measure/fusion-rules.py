#!/usr/bin/env python3
"""Image AUROC of fusion rules, recomputed from the per-image component z-scores that `evaluate --detection fused`
writes ("fusedImages"), so rules can be compared without running the detectors again. Per task: mean ± sd over the
JSONs (seeds) given.

usage: python3 src/tools/measure/fusion-rules.py OUT_DIR/fused-*.json
The global term enters as its z beyond a hinge taken from the held-back normals' global z-scores: their 75th percentile
(the default, FusedLocaliser.GlobalTerm.HINGE_QUANTILE), their maximum (the first version), their 95th or 90th
percentile, 2 (mean + 2 sd), 0, or no hinge at all (the z added whole). The JSONs' own "score" used the rule of the
jar that wrote them.
"""
import json
import math
import statistics
import sys
from collections import defaultdict


def auroc(scores, labels):
    pairs = sorted(zip(scores, labels))
    rank, i, n = [0.0] * len(pairs), 0, len(pairs)
    while i < n:
        j = i
        while j + 1 < n and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            rank[k] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for _, l in pairs if l)
    neg = n - pos
    return (sum(r for r, (_, l) in zip(rank, pairs) if l) - pos * (pos + 1) / 2) / (pos * neg)


def quantile(values, q):
    v = sorted(values)
    x = q * (len(v) - 1)
    lo = int(x)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (x - lo)


def separation(held, test, part):
    """How well a part tells the (unlabelled) test images from the held-back normals: a label-free weight."""
    return auroc([i["components"][part] for i in held + test], [False] * len(held) + [True] * len(test))


def rules(held, test):
    g = [h["components"]["global"] for h in held]
    w = {p: max(0.0, separation(held, test, p) - 0.5) for p in ("tuned", "frozen")}
    top = max(w.values()) or 1.0
    return {
        "frozen alone": lambda c: c["frozen"],
        "tuned alone": lambda c: c["tuned"],
        "global alone": lambda c: c["global"],
        "zSum (no global)": lambda c: c["tuned"] + c["frozen"],
        "zSum + global beyond max (first version)": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"] - max(g)),
        "zSum + global beyond q95": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"] - quantile(g, .95)),
        "zSum + global beyond q90": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"] - quantile(g, .90)),
        "zSum + global beyond 2": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"] - 2),
        "zSum + 2 x global beyond max": lambda c: c["tuned"] + c["frozen"] + 2 * max(0, c["global"] - max(g)),
        "zSum + global beyond 0": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"]),
        "zSum + global beyond q75 (added; the default until December 2026)": lambda c: c["tuned"] + c["frozen"] + max(0, c["global"] - quantile(g, .75)),
        "zSum + global whole": lambda c: c["tuned"] + c["frozen"] + c["global"],
        "frozen + global beyond max": lambda c: c["frozen"] + max(0, c["global"] - max(g)),
        "larger part z + global beyond q75": lambda c: max(c["tuned"], c["frozen"])
        + max(0, c["global"] - quantile(g, .75)),
        "positive part z + global beyond q75": lambda c: max(0, c["tuned"]) + max(0, c["frozen"])
        + max(0, c["global"] - quantile(g, .75)),
        "zSum + 2 x global beyond q75": lambda c: c["tuned"] + c["frozen"] + 2 * max(0, c["global"] - quantile(g, .75)),
        # compressed parts: one part's far tail (KolektorSDD's trained part on good parts unlike the training ones)
        # outvotes less
        "log(1+|z|) parts + global beyond q75": lambda c: soft(c["tuned"]) + soft(c["frozen"])
        + max(0, c["global"] - quantile(g, .75)),
        "log(1+|z|) parts and global excess": lambda c: soft(c["tuned"]) + soft(c["frozen"])
        + soft(max(0, c["global"] - quantile(g, .75))),
        "parts capped at z 5 + global beyond q75": lambda c: min(c["tuned"], 5) + min(c["frozen"], 5)
        + max(0, c["global"] - quantile(g, .75)),
        "0.5 z(tuned) + z(frozen) + global beyond q75": lambda c: 0.5 * c["tuned"] + c["frozen"]
        + max(0, c["global"] - quantile(g, .75)),
        # the trained part confirms the pretrained one rather than decides alone
        "z(tuned) capped at z(frozen) + z(frozen) + global beyond q75": lambda c: min(c["tuned"], max(c["frozen"], 0))
        + c["frozen"] + max(0, c["global"] - quantile(g, .75)),
        "z(tuned) capped at z(frozen) + z(frozen), global beyond q75 beyond them": lambda c: capped(c)
        + max(0, max(0, c["global"] - quantile(g, .75)) - max(0, capped(c))),
        # the global term counts only where it says more than the local parts
        "zSum + global beyond q75 beyond zSum (default, FusedLocaliser.GlobalJoin)": lambda c: c["tuned"] + c["frozen"]
        + max(0, max(0, c["global"] - quantile(g, .75)) - max(0, c["tuned"] + c["frozen"])),
        # each part weighted by how well it tells production from held-back normals (no labels)
        "parts weighted by separation + global beyond q75": lambda c: (w["tuned"] * c["tuned"]
        + w["frozen"] * c["frozen"]) / top + max(0, c["global"] - quantile(g, .75)),
    }


def capped(c):
    """The parts' sum with the trained part adding at most what the pretrained part sees."""
    return min(c["tuned"], max(c["frozen"], 0)) + c["frozen"]


def soft(z):
    """z compressed: sign(z) log(1 + |z|)."""
    return math.copysign(math.log1p(abs(z)), z)


table = defaultdict(list)
for path in sys.argv[1:]:
    run = json.load(open(path))
    task = run["dataset"].split("/datasets/")[-1].replace("/tmp/", "")
    held = [i for i in run["fusedImages"] if i["heldBack"]]
    test = [i for i in run["fusedImages"] if not i["heldBack"]]
    for name, rule in rules(held, test).items():
        table[(task, name)].append(auroc([rule(i["components"]) for i in test], [i["anomalous"] for i in test]))

print("| task | rule | seeds | image AUROC |")
print("|---|---|---|---|")
for (task, name), values in table.items():
    sd = statistics.pstdev(values) if len(values) > 1 else 0.0
    print(f"| {task} | {name} | {len(values)} | {statistics.mean(values):.3f} ± {sd:.3f} |")
