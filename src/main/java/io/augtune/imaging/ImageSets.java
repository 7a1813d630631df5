package io.augtune.imaging;

import io.augtune.common.Raster;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads image folders at the working size, with every unusable file reported rather than fatal. */
public final class ImageSets {
    private ImageSets() {
    }

    /** A folder at the working size: usable images in stable order plus skipped files with reasons. */
    public static FolderScan load(Path folder, boolean recursive, int size, ChannelMode mode,
                                  CancellationToken cancel, ProgressListener progress) throws UnusableInputException {
        return load(folder, recursive, size, size, mode, cancel, progress);
    }

    /** A folder at width x height (patch detection's grid size). */
    public static FolderScan load(Path folder, boolean recursive, int width, int height, ChannelMode mode,
                                  CancellationToken cancel, ProgressListener progress) throws UnusableInputException {
        FolderLoader loader = new FolderLoader(new ImageDecoder());
        return loader.loadAtResolution(ImageFolder.list(folder, recursive), width, height, mode, cancel, progress);
    }

    /** The channel count two folders are trained at together: RGB if either holds colour. */
    public static int commonChannels(FolderScan a, FolderScan b) {
        return channelsOf(a) == 3 || channelsOf(b) == 3 ? 3 : 1;
    }

    private static int channelsOf(FolderScan scan) {
        return scan.images().isEmpty() ? 1 : scan.images().get(0).raster().channels();
    }

    /** The rasters of a scan converted to the given channel count. */
    public static List<Raster> rasters(List<LoadedImage> images, int channels) {
        List<Raster> out = new ArrayList<>(images.size());
        for (LoadedImage image : images) {
            out.add(ChannelConversion.toChannels(image.raster(), channels));
        }
        return out;
    }
}
