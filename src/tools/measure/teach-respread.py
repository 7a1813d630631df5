#!/usr/bin/env python3
"""A rule for Good marks tried and not kept (issue #17): re-standardise each part of the fused score with the marked
parts added to the held-back normal ones, so that a part that raised false alarms counts less. Works on the reports
of src/tools/measure/inspector.sh (the "before" one): each part's z is rescaled by the mean and SD of the held-back
z (0 and 1) pooled with the marked parts' z; the global term's hinge stays at the same raw level.

Usage: src/tools/measure/teach-respread.py OUT_DIR HELD_BACK_COUNT   (the count is in the tune log's threshold line)
"""
import csv
import glob
import math
import os
import sys


def read(path):
    return {r['file']: r for r in csv.DictReader(l for l in open(path) if not l.startswith('#'))}


def auroc(pos, neg):
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


out, held_back = sys.argv[1], int(sys.argv[2])
for path in sorted(glob.glob(os.path.join(out, 'before-*.csv'))):
    b = read(path)
    marked = [r['file'] for r in sorted(b.values(), key=lambda r: -float(r['score']))
              if r['file'].startswith('good/')][:10]
    rest = [f for f in b if f not in marked]
    comp = lambda f, k: float(b[f]['component_' + k])
    excess = {f: float(b[f]['score']) - comp(f, 'tuned') - comp(f, 'frozen') for f in b}
    tops = [comp(f, 'global') - excess[f] for f in b if excess[f] > 1e-9]
    top = sum(tops) / len(tops)
    spread = {}
    for k in ['tuned', 'frozen', 'global']:
        zs = [comp(f, k) for f in marked]
        n = held_back + len(zs)
        mean = sum(zs) / n
        spread[k] = (mean, math.sqrt((held_back + sum(z * z for z in zs)) / n - mean * mean))

    def rescaled(f):
        z = {k: (comp(f, k) - m) / sd for k, (m, sd) in spread.items()}
        hinge = (top - spread['global'][0]) / spread['global'][1]
        return z['tuned'] + z['frozen'] + max(0, z['global'] - hinge)

    def score(f):
        return float(b[f]['score'])

    pos = [f for f in rest if not f.startswith('good/')]
    neg = [f for f in rest if f.startswith('good/')]
    before = auroc([score(f) for f in pos], [score(f) for f in neg])
    after = auroc([rescaled(f) for f in pos], [rescaled(f) for f in neg])
    print(f"{path}: before {before:.4f}, re-standardised {after:.4f} ({after - before:+.4f})")
