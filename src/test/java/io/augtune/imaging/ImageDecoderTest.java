package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding of well-formed files: true bit depth, channel layout, palette, alpha and CMYK. */
class ImageDecoderTest {
    private static final float EXACT = 0f;
    private static final float EIGHT_BIT_STEP = 1f / 255;

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void sixteenBitPngKeepsValuesThatDifferOnlyInTheLowByte() throws Exception {
        Path file = TestImages.gray16(dir.resolve("deep.png"), "png", 8, 8, (x, y) -> x < 4 ? 0x1200 : 0x1201);

        DecodedImage image = decoder.decode(file);

        assertEquals(16, image.bitDepth());
        assertEquals(1, image.raster().channels());
        assertEquals(0x1200 / 65535f, image.raster().get(0, 0, 0), EXACT);
        assertEquals(0x1201 / 65535f, image.raster().get(0, 0, 7), EXACT);
        assertNotEquals(image.raster().get(0, 0, 0), image.raster().get(0, 0, 7));
    }

    @Test
    void sixteenBitTiffIsDividedBy65535() throws Exception {
        Path file = TestImages.gray16(dir.resolve("deep.tif"), "tiff", 8, 8, (x, y) -> x == 0 ? 65535 : 0x00ff);

        DecodedImage image = decoder.decode(file);

        assertEquals("TIFF", image.format());
        assertEquals(16, image.bitDepth());
        assertEquals(1f, image.raster().get(0, 3, 0), EXACT);
        assertEquals(0x00ff / 65535f, image.raster().get(0, 3, 1), EXACT);
    }

    @Test
    void eightBitGrayStaysOneChannelDividedBy255() throws Exception {
        Path file = TestImages.gray8(dir.resolve("gray.png"), "png", 9, 8, (x, y) -> 10 * x + y);

        DecodedImage image = decoder.decode(file);

        assertEquals(1, image.raster().channels());
        assertEquals(8, image.bitDepth());
        assertEquals("gray", image.sourceColour());
        assertEquals(9, image.width());
        assertEquals((10 * 5 + 3) / 255f, image.raster().get(0, 3, 5), EXACT);
    }

    @Test
    void rgbImageHasThreeChannelsInRedGreenBlueOrder() throws Exception {
        Path file = TestImages.rgb8(dir.resolve("rgb.png"), "png", 8, 8, 255, 128, 0);

        DecodedImage image = decoder.decode(file);

        assertEquals(3, image.raster().channels());
        assertEquals("RGB", image.sourceColour());
        assertEquals(1f, image.raster().get(0, 2, 2), EXACT);
        assertEquals(128 / 255f, image.raster().get(1, 2, 2), EXACT);
        assertEquals(0f, image.raster().get(2, 2, 2), EXACT);
    }

    @Test
    void formatIsRecognisedFromTheContentNotTheExtension() throws Exception {
        Path file = TestImages.gray8(dir.resolve("really-a-png.jpg"), "png", 8, 8, (x, y) -> 7);

        DecodedImage image = decoder.decode(file);

        assertEquals("PNG", image.format());
        assertEquals(7 / 255f, image.raster().get(0, 0, 0), EXACT);
    }

    @Test
    void colourPaletteIsExpandedToRgb() throws Exception {
        Path file = TestImages.palette(dir.resolve("palette.png"), "png", 8, 8,
                new int[] {255, 0, 0}, new int[] {0, 0, 255});

        DecodedImage image = decoder.decode(file);

        assertEquals(3, image.raster().channels());
        assertEquals("palette", image.sourceColour());
        assertEquals(1f, image.raster().get(0, 0, 0), EXACT);
        assertEquals(0f, image.raster().get(2, 0, 0), EXACT);
        assertEquals(0f, image.raster().get(0, 0, 7), EXACT);
        assertEquals(1f, image.raster().get(2, 0, 7), EXACT);
    }

    @Test
    void grayPaletteAndOneBitImagesStayGray() throws Exception {
        Path gif = TestImages.palette(dir.resolve("gray.gif"), "gif", 8, 8,
                new int[] {30, 30, 30}, new int[] {200, 200, 200});
        Path binary = TestImages.binary(dir.resolve("binary.png"), 8, 8);

        DecodedImage grayGif = decoder.decode(gif);
        DecodedImage oneBit = decoder.decode(binary);

        assertEquals(1, grayGif.raster().channels());
        assertEquals(200 / 255f, grayGif.raster().get(0, 5, 7), EXACT);
        assertEquals(1, oneBit.raster().channels());
        assertEquals(1, oneBit.bitDepth());
        assertEquals(0f, oneBit.raster().get(0, 0, 0), EXACT);
        assertEquals(1f, oneBit.raster().get(0, 0, 1), EXACT);
    }

    @Test
    void alphaIsDroppedAndTheColourSamplesKeptAsStored() throws Exception {
        Path file = TestImages.rgba8(dir.resolve("alpha.png"), 8, 8, new int[] {200, 100, 50, 0});

        DecodedImage image = decoder.decode(file);

        assertEquals(3, image.raster().channels());
        assertEquals(4, image.sourceChannels());
        assertEquals("RGBA", image.sourceColour());
        assertEquals(200 / 255f, image.raster().get(0, 1, 1), EXACT);
        assertEquals(100 / 255f, image.raster().get(1, 1, 1), EXACT);
        assertEquals(50 / 255f, image.raster().get(2, 1, 1), EXACT);
    }

    @Test
    void cmykJpegIsConvertedToRgb() throws Exception {
        Path file = TestImages.cmykJpeg(dir.resolve("cmyk.jpg"), 16, 16, new int[] {255, 0, 0, 0});

        DecodedImage image = decoder.decode(file);

        assertEquals(3, image.raster().channels());
        assertEquals("CMYK", image.sourceColour());
        assertEquals(4, image.sourceChannels());
        assertCyan(image.raster());
    }

    @Test
    void cmykTiffIsConvertedToRgb() throws Exception {
        Path file = TestImages.cmykTiff(dir.resolve("cmyk.tif"), 8, 8, new int[] {255, 0, 0, 0});

        DecodedImage image = decoder.decode(file);

        assertEquals(3, image.raster().channels());
        assertEquals("CMYK", image.sourceColour());
        assertCyan(image.raster());
    }

    @Test
    void bmpAndJpegDecode() throws Exception {
        Path bmp = TestImages.rgb8(dir.resolve("colour.BMP"), "bmp", 8, 8, 0, 255, 0);
        Path jpeg = TestImages.gray8(dir.resolve("flat.jpeg"), "jpeg", 16, 16, (x, y) -> 128);

        DecodedImage bmpImage = decoder.decode(bmp);
        DecodedImage jpegImage = decoder.decode(jpeg);

        assertEquals(1f, bmpImage.raster().get(1, 4, 4), EXACT);
        assertEquals(0f, bmpImage.raster().get(0, 4, 4), EXACT);
        assertEquals(1, jpegImage.raster().channels());
        assertEquals(128 / 255f, jpegImage.raster().get(0, 8, 8), EIGHT_BIT_STEP);
    }

    @Test
    void fileSizeIsReported() throws Exception {
        Path file = TestImages.gray8(dir.resolve("size.png"), "png", 8, 8, (x, y) -> 1);

        assertEquals(Files.size(file), decoder.decode(file).fileBytes());
    }

    /** Full cyan ink: little red, much green and blue, whatever the CMYK profile. */
    private static void assertCyan(Raster raster) {
        float red = raster.get(0, 4, 4);
        float green = raster.get(1, 4, 4);
        float blue = raster.get(2, 4, 4);
        assertTrue(red < 0.3f && green > 0.5f && blue > 0.8f, "rgb " + red + ", " + green + ", " + blue);
    }
}
