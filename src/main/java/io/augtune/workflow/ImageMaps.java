package io.augtune.workflow;

import io.augtune.common.AugTuneException;
import io.augtune.common.CancellationToken;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.ImageDecodeException;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.MapFacts;
import io.augtune.model.ScoringModel;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapThreshold;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps of a folder's images with a scoring model's localiser, chunk by chunk so memory holds one chunk of coarse maps
 * and one original-size map at a time: the report facts of every image and, when asked, its heatmap pictures.
 */
final class ImageMaps {
    private static final int CHUNK = 32;

    private ImageMaps() {
    }

    /**
     * The facts of every image, in order, and the images whose heatmap could not be drawn because their file was
     * deleted or changed since it was scored (their facts are still listed; the caller leaves them out).
     */
    record Measured(List<MapFacts> facts, List<SkippedImage> skipped) {
        Measured {
            facts = List.copyOf(facts);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @param images loaded at the model's map input size (or any size: they are prepared here)
     * @param export where to write heatmap pictures, or null for none; originals are then decoded again one by one
     *               and drawn only if they are still the bytes that were scored
     */
    static Measured measure(ScoringModel model, List<LoadedImage> images, HeatmapExport export,
                            CancellationToken cancel) throws AugTuneException {
        Localiser localiser = model.localiser().orElseThrow();
        MapThreshold threshold = model.info().mapThreshold();
        ImageDecoder decoder = new ImageDecoder();
        List<MapFacts> facts = new ArrayList<>(images.size());
        List<SkippedImage> skipped = new ArrayList<>();
        for (int from = 0; from < images.size(); from += CHUNK) {
            List<LoadedImage> chunk = images.subList(from, Math.min(images.size(), from + CHUNK));
            List<Raster> prepared = chunk.stream().map(i -> model.prepareForMaps(i.raster())).toList();
            // a fused detector also says what each of its parts scored: the report keeps why an image failed
            List<FusedLocaliser.Scored> fused = localiser instanceof FusedLocaliser f ? f.score(prepared, cancel)
                    : null;
            List<AnomalyMap> maps = fused != null ? fused.stream().map(FusedLocaliser.Scored::map).toList()
                    : localiser.maps(prepared, cancel);
            for (int j = 0; j < chunk.size(); j++) {
                LoadedImage image = chunk.get(j);
                MapFacts measuredFacts = MapFacts.of(maps.get(j), image.info().width(), image.info().height(),
                        threshold);
                facts.add(fused == null ? measuredFacts : measuredFacts.fused(fused.get(j).score(),
                        fused.get(j).components()));
                if (export != null) {
                    String problem = exportOne(export, decoder, image.info(), maps.get(j));
                    if (problem != null) {
                        skipped.add(new SkippedImage(image.info().path(), image.info().relativePath(), problem));
                    }
                }
            }
        }
        if (export != null) {
            writeIndex(export);
        }
        return new Measured(facts, skipped);
    }

    private static void writeIndex(HeatmapExport export) throws AugTuneException {
        try {
            export.writeIndex();
        } catch (IOException e) {
            throw new AugTuneException("could not write the list of heatmaps: " + e.getMessage(), e);
        }
    }

    /** Draws one heatmap; returns why it could not be drawn for the scored content, or null when written. */
    private static String exportOne(HeatmapExport export, ImageDecoder decoder, ImageInfo scored, AnomalyMap map)
            throws AugTuneException {
        DecodedImage original;
        try {
            original = decoder.decode(scored.path());
        } catch (ImageDecodeException e) {
            String change = scored.stamp().changeSince(scored.path());
            return change != null ? change : "heatmap not drawn: " + e.reason();
        }
        if (!original.sha256().equals(scored.sha256())) {
            // The pixels on disk are no longer the ones scored: their heatmap would show another image.
            return "changed during the run";
        }
        try {
            export.write(scored.relativePath(), original.raster(), map);
            return null;
        } catch (IOException e) {
            throw new AugTuneException("could not write the heatmap of " + scored.relativePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
