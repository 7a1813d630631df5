#!/usr/bin/python3
"""Generates the "textures" sample: 64x64 gray tiles of a CC0 brick-wall photograph, with synthetic defects.

Source: brick.png shipped by the Debian package python3-skimage (scikit-image 0.19.3 sample data, CC0).
Outputs, relative to this folder (all 8-bit gray PNG):
  normal/normal_NNN.png       120 defect-free tiles (the "good parts" folder)
  production/prod_NNN.png     60 unseen tiles, 20 of them with a generated defect
  masks/prod_NNN_mask.png     defect mask (255 = defect) for each defective production tile
  labels.csv                  file,defective,defect_type,mask for every production tile
  preview.png                 contact sheet: normal tiles, defective tiles, their masks
  SHA256SUMS                  checksums of everything above

Run:  /usr/bin/python3 sample-projects/textures/generate.py
Needs the Debian packages python3-numpy, python3-pil, python3-skimage. Re-running reproduces every file
bit-identically (fixed seed, legacy numpy RandomState, no timestamps in the PNGs); check with
`cd sample-projects/textures && sha256sum -c SHA256SUMS` or `git status`.
"""
import csv
import hashlib
import os
import shutil

import numpy as np
from PIL import Image
import skimage.data

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(skimage.data.__file__), "brick.png")
SOURCE_SHA256 = "7966caf324f6ba843118d98f7a07746d22f6a343430add0233eca5f6eaaa8fcf"

SEED = 20261128
TILE = 64
BLOCK = 128                 # the 512x512 photo is cut into 16 blocks; each block feeds one folder only
NORMAL_BLOCKS = 10          # 10 blocks for normal/, 6 for production/: no pixel is in both folders
N_NORMAL = 120
N_PRODUCTION = 60
DEFECT_TYPES = ["scratch", "crack", "spot", "hole"]
PER_TYPE = 5                # 4 types x 5 = 20 defective production tiles
MASK_ALPHA = 0.35           # a pixel belongs to the mask where the defect's opacity exceeds this


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def grid():
    yy, xx = np.mgrid[0:TILE, 0:TILE].astype(np.float64)
    return yy + 0.5, xx + 0.5   # pixel centres


def segment_distance(yy, xx, p0, p1):
    """Distance of every pixel centre to the segment p0-p1 (points as (y, x))."""
    dy, dx = p1[0] - p0[0], p1[1] - p0[1]
    length2 = dy * dy + dx * dx
    if length2 == 0.0:
        return np.hypot(yy - p0[0], xx - p0[1])
    t = np.clip(((yy - p0[0]) * dy + (xx - p0[1]) * dx) / length2, 0.0, 1.0)
    return np.hypot(yy - (p0[0] + t * dy), xx - (p0[1] + t * dx))


def stroke_alpha(points, widths, taper):
    """Anti-aliased opacity of a polyline; widths per segment; taper fades the two ends over that many segments."""
    yy, xx = grid()
    alpha = np.zeros((TILE, TILE))
    n = len(points) - 1
    for i in range(n):
        d = segment_distance(yy, xx, points[i], points[i + 1])
        fade = min(1.0, (i + 1) / taper, (n - i) / taper) if taper > 0 else 1.0
        alpha = np.maximum(alpha, fade * np.clip(widths[i] / 2.0 + 0.5 - d, 0.0, 1.0))
    return alpha


def random_walk(rng, start, angle, steps, step_len, wiggle):
    points = [np.array(start, dtype=np.float64)]
    for _ in range(steps):
        angle += rng.normal(0.0, wiggle)
        points.append(points[-1] + step_len * np.array([np.sin(angle), np.cos(angle)]))
    return points


def scratch(tile, rng):
    """A thin, slightly curved, mostly bright line (tool mark), tapered at both ends."""
    length = rng.uniform(22.0, 52.0)
    angle = rng.uniform(0.0, np.pi)
    centre = rng.uniform(20.0, 44.0, size=2)
    direction = np.array([np.sin(angle), np.cos(angle)])
    normal = np.array([-direction[1], direction[0]])
    p0, p2 = centre - direction * length / 2, centre + direction * length / 2
    p1 = centre + normal * rng.uniform(-7.0, 7.0)
    ts = np.linspace(0.0, 1.0, 25)
    points = [(1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2 for t in ts]
    width = rng.uniform(1.0, 2.2)
    alpha = stroke_alpha(points, [width] * 24, taper=4)
    delta = rng.uniform(55.0, 95.0) * (1.0 if rng.uniform() < 0.7 else -0.8)
    return tile + alpha * delta, alpha


def crack(tile, rng):
    """A dark, jagged line of varying width, sometimes with one branch."""
    start = rng.uniform(12.0, 52.0, size=2)
    angle = rng.uniform(0.0, 2 * np.pi)
    steps = int(rng.randint(9, 19))
    main = random_walk(rng, start, angle, steps, 2.6, 0.38)
    widths = list(rng.uniform(0.9, 2.6, size=steps))
    alpha = stroke_alpha(main, widths, taper=2)
    if rng.uniform() < 0.5:
        k = int(rng.randint(2, steps - 1))
        side = 1.0 if rng.uniform() < 0.5 else -1.0
        b_angle = np.arctan2(*(main[k + 1] - main[k])) + side * rng.uniform(0.5, 1.1)
        branch = random_walk(rng, main[k], b_angle, int(rng.randint(4, 9)), 2.4, 0.4)
        alpha = np.maximum(alpha, stroke_alpha(branch, list(rng.uniform(0.7, 1.6, size=len(branch) - 1)), taper=3))
    floor = rng.uniform(8.0, 35.0)
    return tile * (1 - alpha) + alpha * floor, alpha


def blob_radius(rng, yy, xx, cy, cx, ry, rx, rot):
    """Normalised radius of an irregular ellipse: < 1 inside, > 1 outside."""
    y, x = yy - cy, xx - cx
    c, s = np.cos(rot), np.sin(rot)
    u, v = (c * x + s * y) / rx, (-s * x + c * y) / ry
    theta = np.arctan2(v, u)
    wobble = 1.0
    for harmonic in (2, 3, 5):
        wobble = wobble + rng.uniform(0.03, 0.12) * np.cos(harmonic * theta + rng.uniform(0, 2 * np.pi))
    return np.hypot(u, v) / wobble


def spot(tile, rng):
    """A soft-edged irregular stain, usually darker (oil, residue), sometimes brighter."""
    yy, xx = grid()
    cy, cx = rng.uniform(14.0, 50.0, size=2)
    ry, rx = rng.uniform(3.5, 12.0, size=2)
    rho = blob_radius(rng, yy, xx, cy, cx, ry, rx, rng.uniform(0, np.pi))
    soft = rng.uniform(0.15, 0.35)               # fraction of the radius over which the edge fades
    alpha = np.clip((1.0 - rho) / soft + 0.5, 0.0, 1.0)
    strength = rng.uniform(0.35, 0.6)
    if rng.uniform() < 0.75:
        out = tile * (1.0 - strength * alpha)
    else:
        out = tile + alpha * strength * (255.0 - tile)
    return out, alpha


def hole(tile, rng):
    """A small pit: a near-black irregular ellipse with a sharp edge and a lit rim on one side."""
    yy, xx = grid()
    cy, cx = rng.uniform(12.0, 52.0, size=2)
    ry, rx = rng.uniform(2.5, 7.0, size=2)
    rho = blob_radius(rng, yy, xx, cy, cx, ry, rx, rng.uniform(0, np.pi))
    r_mean = (ry + rx) / 2.0
    alpha = np.clip((1.0 - rho) * r_mean / 0.8 + 0.5, 0.0, 1.0)     # ~0.8 px edge
    inside = rng.uniform(6.0, 24.0) + rng.normal(0.0, 4.0, size=tile.shape)
    light = rng.uniform(0, 2 * np.pi)
    facing = np.clip(np.cos(np.arctan2(yy - cy, xx - cx) - light), 0.0, 1.0)
    rim = np.clip(1.0 - np.abs(rho - 1.15) * r_mean / 1.2, 0.0, 1.0) * facing
    out = tile * (1 - alpha) + alpha * inside + rim * rng.uniform(35.0, 60.0)
    return out, alpha


RENDER = {"scratch": scratch, "crack": crack, "spot": spot, "hole": hole}


def save_png(array, path):
    Image.fromarray(array, mode="L").save(path, format="PNG", optimize=False, compress_level=9)


def crops(rng, image, blocks, count):
    """count random TILE x TILE crops, each inside one of the given 128x128 blocks (round robin)."""
    out = []
    for i in range(count):
        b = blocks[i % len(blocks)]
        by, bx = (b // 4) * BLOCK, (b % 4) * BLOCK
        oy, ox = rng.randint(0, BLOCK - TILE + 1, size=2)
        out.append(image[by + oy:by + oy + TILE, bx + ox:bx + ox + TILE].copy())
    return out


def contact_sheet(rows, path, scale=2, gap=4):
    """Rows of equally sized uint8 tiles, upscaled (nearest) onto a gray background."""
    cell = TILE * scale
    width = max(len(r) for r in rows) * (cell + gap) + gap
    height = len(rows) * (cell + gap) + gap
    sheet = np.full((height, width), 32, dtype=np.uint8)
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            y, x = gap + r * (cell + gap), gap + c * (cell + gap)
            sheet[y:y + cell, x:x + cell] = np.kron(t, np.ones((scale, scale), dtype=np.uint8))
    save_png(sheet, path)


def main():
    if sha256(SOURCE) != SOURCE_SHA256:
        raise SystemExit(f"unexpected source image {SOURCE} (sha256 differs); the outputs would not be reproducible")
    image = np.asarray(Image.open(SOURCE).convert("L"))
    assert image.shape == (512, 512)
    rng = np.random.RandomState(SEED)

    order = rng.permutation(16)
    normal_blocks, production_blocks = order[:NORMAL_BLOCKS], order[NORMAL_BLOCKS:]
    normal = crops(rng, image, normal_blocks, N_NORMAL)
    production = crops(rng, image, production_blocks, N_PRODUCTION)

    defect_types = [t for t in DEFECT_TYPES for _ in range(PER_TYPE)]
    rng.shuffle(defect_types)
    defective = rng.permutation(N_PRODUCTION)[:len(defect_types)]
    defect_of = {int(i): t for i, t in zip(defective, defect_types)}

    for sub in ("normal", "production", "masks"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))

    written = []
    for i, t in enumerate(normal):
        name = f"normal/normal_{i:03d}.png"
        save_png(t, os.path.join(HERE, name))
        written.append(name)

    rows = []
    sheet_defects, sheet_masks = [], []
    for i, t in enumerate(production):
        name = f"production/prod_{i:03d}.png"
        kind = defect_of.get(i)
        mask_name = ""
        if kind is not None:
            out, alpha = RENDER[kind](t.astype(np.float64), rng)
            t = np.clip(np.rint(out), 0, 255).astype(np.uint8)
            mask = np.where(alpha > MASK_ALPHA, 255, 0).astype(np.uint8)
            assert mask.any(), f"empty mask for {name}"
            mask_name = f"masks/prod_{i:03d}_mask.png"
            save_png(mask, os.path.join(HERE, mask_name))
            written.append(mask_name)
            if len(sheet_defects) < 10:
                sheet_defects.append(t)
                sheet_masks.append(mask)
        save_png(t, os.path.join(HERE, name))
        written.append(name)
        rows.append((name, 1 if kind else 0, kind or "good", mask_name))

    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "defective", "defect_type", "mask"])
        w.writerows(rows)
    written.append("labels.csv")

    contact_sheet([normal[:10], sheet_defects, sheet_masks], os.path.join(HERE, "preview.png"))
    written.append("preview.png")

    with open(os.path.join(HERE, "SHA256SUMS"), "w", encoding="utf-8") as f:
        for name in sorted(written):
            f.write(f"{sha256(os.path.join(HERE, name))}  {name}\n")
    counts = {k: defect_types.count(k) for k in DEFECT_TYPES}
    print(f"normal {len(normal)}, production {len(production)} ({len(defect_of)} defective: {counts})")


if __name__ == "__main__":
    main()
