package io.augtune.workflow;

import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;

/**
 * Normal images parted by a held-back mask: the ones a detector (or a memory bank) learns from, and the ones held back
 * to judge or calibrate it.
 */
record NormalSplit(List<Raster> kept, List<Raster> held) {
    static NormalSplit of(List<Raster> images, boolean[] heldBack) {
        List<Raster> kept = new ArrayList<>();
        List<Raster> held = new ArrayList<>();
        for (int i = 0; i < heldBack.length; i++) {
            (heldBack[i] ? held : kept).add(images.get(i));
        }
        return new NormalSplit(kept, held);
    }
}
