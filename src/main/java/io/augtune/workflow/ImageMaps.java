package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.AugTuneException;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.LoadedImage;
import io.augtune.imaging.Raster;
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
     * @param images loaded at the model's map input size (or any size: they are prepared here)
     * @param export where to write heatmap pictures, or null for none; originals are then decoded again one by one
     * @return per image, in order
     */
    static List<MapFacts> measure(ScoringModel model, List<LoadedImage> images, HeatmapExport export,
                                  CancellationToken cancel) throws AugTuneException {
        Localiser localiser = model.localiser().orElseThrow();
        MapThreshold threshold = model.info().mapThreshold();
        ImageDecoder decoder = new ImageDecoder();
        List<MapFacts> facts = new ArrayList<>(images.size());
        for (int from = 0; from < images.size(); from += CHUNK) {
            List<LoadedImage> chunk = images.subList(from, Math.min(images.size(), from + CHUNK));
            List<Raster> prepared = chunk.stream().map(i -> model.prepareForMaps(i.raster())).toList();
            List<AnomalyMap> maps = localiser.maps(prepared, cancel);
            for (int j = 0; j < chunk.size(); j++) {
                LoadedImage image = chunk.get(j);
                facts.add(MapFacts.of(maps.get(j), image.info().width(), image.info().height(), threshold));
                if (export != null) {
                    exportOne(export, decoder, image, maps.get(j));
                }
            }
        }
        return facts;
    }

    private static void exportOne(HeatmapExport export, ImageDecoder decoder, LoadedImage image, AnomalyMap map)
            throws AugTuneException {
        Raster original = decoder.decode(image.info().path()).raster();
        try {
            export.write(image.info().relativePath(), original, map);
        } catch (IOException e) {
            throw new AugTuneException("could not write the heatmap of " + image.info().relativePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
