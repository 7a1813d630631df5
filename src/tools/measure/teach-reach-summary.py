#!/usr/bin/env python3
"""Mean change of the image AUROC of the images not marked, per teaching rule, from the output of
src/tools/measure/teach-reach.sh (issue #17): each rule against "nothing taught", per seed and averaged.

usage: python3 src/tools/measure/teach-reach-summary.py TASK=OUTPUT.txt [TASK=OUTPUT.txt ...]
"""
import re
import sys


def main():
    tasks = [a.split("=", 1) for a in sys.argv[1:]]
    aurocs = {}
    rules = []
    for task, path in tasks:
        seed = None
        for line in open(path):
            m = re.match(r"\S+ seed (\d+):", line)
            if m:
                seed = int(m.group(1))
                continue
            m = re.match(r"\s+(.+?)\s+(0\.\d{4})$", line)
            if m:
                aurocs[(task, m.group(1), seed)] = float(m.group(2))
                if m.group(1) not in rules:
                    rules.append(m.group(1))
    print("| rule | " + " | ".join(t for t, _ in tasks) + " |")
    print("|---|" + "---|" * len(tasks))
    for rule in rules:
        cells = []
        for task, _ in tasks:
            seeds = sorted(s for (t, r, s) in aurocs if t == task and r == rule)
            d = [aurocs[(task, rule, s)] - aurocs[(task, "nothing taught", s)] for s in seeds]
            cells.append(f"{sum(d) / len(d):+.4f} ({', '.join(f'{x:+.4f}' for x in d)})" if d else "n/a")
        print(f"| {rule} | " + " | ".join(cells) + " |")
    print("\nseeds in each bracket in ascending order")


if __name__ == "__main__":
    main()
