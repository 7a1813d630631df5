#!/usr/bin/python3
"""Generates the "fashion" sample from Fashion-MNIST (MIT licence, Zalando SE): semantic anomalies.

Source: the idx files installed by the Debian package dataset-fashion-mnist in /usr/share/datasets/fashion-mnist/.
Outputs, relative to this folder (all 28x28 8-bit gray PNG, white article on black, as in the data set):
  normal/normal_NNN.png       200 sneakers from the training split (the "good parts" folder)
  production/prod_NNN.png     100 images from the test split (never in normal/): 80 sneakers and
                              20 other articles, 5 each of sandal, ankle boot, bag and trouser
  labels.csv                  file,defective,class for every production image (defective = not a sneaker)
  preview.png                 contact sheet: normal sneakers, then the 20 anomalies
  SHA256SUMS                  checksums of everything above

Run:  /usr/bin/python3 sample-projects/fashion/generate.py
Needs the Debian packages dataset-fashion-mnist, python3-numpy, python3-pil. Re-running reproduces every file
bit-identically (fixed seed, legacy numpy RandomState, no timestamps in the PNGs); check with
`cd sample-projects/fashion && sha256sum -c SHA256SUMS` or `git status`.
"""
import csv
import gzip
import hashlib
import os
import shutil

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/usr/share/datasets/fashion-mnist"
SOURCES = {
    "train-images-idx3-ubyte.gz": "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
    "train-labels-idx1-ubyte.gz": "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
    "t10k-images-idx3-ubyte.gz": "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
    "t10k-labels-idx1-ubyte.gz": "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
}
CLASSES = ["t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot"]

SEED = 20261129
NORMAL_CLASS = 7                     # sneaker
N_NORMAL = 200
N_PRODUCTION_NORMAL = 80
ANOMALY_CLASSES = {5: 5, 9: 5, 8: 5, 1: 5}   # sandal, ankle boot (close to a sneaker); bag, trouser (far)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_idx(name):
    path = os.path.join(DATA, name)
    if sha256(path) != SOURCES[name]:
        raise SystemExit(f"unexpected source file {path} (sha256 differs); the outputs would not be reproducible")
    with gzip.open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def save_png(array, path):
    Image.fromarray(array, mode="L").save(path, format="PNG", optimize=False, compress_level=9)


def contact_sheet(rows, path, scale=3, gap=3):
    cell = 28 * scale
    width = max(len(r) for r in rows) * (cell + gap) + gap
    height = len(rows) * (cell + gap) + gap
    sheet = np.full((height, width), 64, dtype=np.uint8)
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            y, x = gap + r * (cell + gap), gap + c * (cell + gap)
            sheet[y:y + cell, x:x + cell] = np.kron(t, np.ones((scale, scale), dtype=np.uint8))
    save_png(sheet, path)


def main():
    train_x, train_y = read_idx("train-images-idx3-ubyte.gz"), read_idx("train-labels-idx1-ubyte.gz")
    test_x, test_y = read_idx("t10k-images-idx3-ubyte.gz"), read_idx("t10k-labels-idx1-ubyte.gz")
    rng = np.random.RandomState(SEED)

    normal_idx = np.sort(rng.choice(np.flatnonzero(train_y == NORMAL_CLASS), N_NORMAL, replace=False))
    production = [int(i) for i in rng.choice(np.flatnonzero(test_y == NORMAL_CLASS), N_PRODUCTION_NORMAL,
                                             replace=False)]
    for cls, n in ANOMALY_CLASSES.items():
        production += [int(i) for i in rng.choice(np.flatnonzero(test_y == cls), n, replace=False)]
    production = [production[k] for k in rng.permutation(len(production))]

    for sub in ("normal", "production"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))

    written = []
    for k, i in enumerate(normal_idx):
        name = f"normal/normal_{k:03d}.png"
        save_png(train_x[i], os.path.join(HERE, name))
        written.append(name)

    rows, anomalies = [], []
    for k, i in enumerate(production):
        name = f"production/prod_{k:03d}.png"
        save_png(test_x[i], os.path.join(HERE, name))
        written.append(name)
        cls = int(test_y[i])
        rows.append((name, 0 if cls == NORMAL_CLASS else 1, CLASSES[cls]))
        if cls != NORMAL_CLASS:
            anomalies.append(test_x[i])

    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "defective", "class"])
        w.writerows(rows)
    written.append("labels.csv")

    contact_sheet([list(train_x[normal_idx[:10]]), list(train_x[normal_idx[10:20]]), anomalies[:10], anomalies[10:]],
                  os.path.join(HERE, "preview.png"))
    written.append("preview.png")

    with open(os.path.join(HERE, "SHA256SUMS"), "w", encoding="utf-8") as f:
        for name in sorted(written):
            f.write(f"{sha256(os.path.join(HERE, name))}  {name}\n")
    print(f"normal {len(normal_idx)} sneakers, production {len(production)} "
          f"({sum(r[1] for r in rows)} anomalies: {sorted({r[2] for r in rows if r[1]})})")


if __name__ == "__main__":
    main()
