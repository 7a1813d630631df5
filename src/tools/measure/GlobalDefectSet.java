import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a labelled task of global defects (issue #14) from the normal images of an MVTec-layout data set (normals in
 * train/good, or good as KolektorSDD has them): the
 * training normals are linked as they are; of its test/good images every other one stays good and the rest get
 * shading across the part, a brightness ramp in a random direction that darkens one side and brightens the other
 * by 10-30 % (an unevenly lit or unevenly coated part). No patch of a shaded part looks abnormal on its own: only
 * the layout of brightness across the part gives it away.
 *
 * usage: java src/tools/measure/GlobalDefectSet.java DATASET OUT [SEED]
 * e.g.   java src/tools/measure/GlobalDefectSet.java DATASETS/kolektorsdd GENERATED/global-kolektorsdd
 * The output uses the licences of its source: keep it out of the repository.
 */
public final class GlobalDefectSet {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java GlobalDefectSet.java DATASET OUT [SEED]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        Path train = out.resolve("train/good");
        Files.createDirectories(train);
        Path normals = Files.isDirectory(source.resolve("train/good")) ? source.resolve("train/good")
                : source.resolve("good");
        for (Path image : images(normals)) {
            Files.createSymbolicLink(train.resolve(image.getFileName()), image.toAbsolutePath());
        }
        Path good = Files.createDirectories(out.resolve("test/good"));
        Path shaded = Files.createDirectories(out.resolve("test/shading"));
        List<Path> tests = images(source.resolve("test/good"));
        for (int i = 0; i < tests.size(); i++) {
            Path image = tests.get(i);
            if (i % 2 == 0) {
                Files.createSymbolicLink(good.resolve(image.getFileName()), image.toAbsolutePath());
                continue;
            }
            BufferedImage in = ImageIO.read(image.toFile());
            String name = image.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".png";
            ImageIO.write(shade(in, random), "png", shaded.resolve(name).toFile());
        }
        System.out.printf("%s: %d training normals, %d good and %d shaded test images%n", out,
                images(train).size(), (tests.size() + 1) / 2, tests.size() / 2);
    }

    private static List<Path> images(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(png|jpe?g|bmp|tiff?)"))
                    .sorted().toList();
        }
    }

    /** A multiplicative ramp 1 - a .. 1 + a along a random direction, a in [0.1, 0.3]. */
    static BufferedImage shade(BufferedImage in, Random random) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double amplitude = 0.1 + 0.2 * random.nextDouble();
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        int w = in.getWidth();
        int h = in.getHeight();
        boolean grey = in.getColorModel().getNumComponents() == 1;
        BufferedImage out = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        double half = 0.5 * (Math.abs(dx) * w + Math.abs(dy) * h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double t = ((x - w / 2.0) * dx + (y - h / 2.0) * dy) / half;
                double gain = 1 + amplitude * t;
                int rgb = in.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 255) * gain);
                int g = clamp(((rgb >> 8) & 255) * gain);
                int b = clamp((rgb & 255) * gain);
                if (grey) {
                    out.getRaster().setSample(x, y, 0, clamp(((rgb >> 8) & 255) * gain));
                } else {
                    out.setRGB(x, y, (r << 16) | (g << 8) | b);
                }
            }
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
