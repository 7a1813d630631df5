import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a labelled task whose false alarms recur (issue #17) from an MVTec-layout data set with normals in good/ and
 * production in test/: the normals and the defective test images are linked as they are; every other test/good
 * image gets the same harmless mark, an ink ring of a fixed size (7 % of the shorter side, 3 % wide, at 60 % of the
 * image's mean brightness or, on dark parts, 160 %) at a random place, as a batch stamp or an inspector's pen leaves
 * it. No training part carries it, so it raises an alarm on every stamped part; it is the same on all of them, so a
 * part marked Good should explain the others. The stamped parts stay labelled good.
 *
 * usage: java src/tools/measure/RecurringMarkSet.java DATASET OUT [SEED]
 * e.g.   java src/tools/measure/RecurringMarkSet.java DATASETS/elpv-subset/mono GENERATED/stamped-elpv-mono
 * The output uses the licences of its source: keep it out of the repository.
 */
public final class RecurringMarkSet {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java RecurringMarkSet.java DATASET OUT [SEED]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        link(source.resolve("good"), Files.createDirectories(out.resolve("good")));
        int stamped = 0;
        int kept = 0;
        for (Path folder : folders(source.resolve("test"))) {
            Path to = Files.createDirectories(out.resolve("test").resolve(folder.getFileName()));
            if (!folder.getFileName().toString().equals("good")) {
                link(folder, to);
                continue;
            }
            List<Path> goods = images(folder);
            for (int i = 0; i < goods.size(); i++) {
                Path image = goods.get(i);
                if (i % 2 == 0) {
                    Files.createSymbolicLink(to.resolve(image.getFileName()), image.toAbsolutePath());
                    kept++;
                    continue;
                }
                String name = image.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "-stamped.png";
                ImageIO.write(stamp(ImageIO.read(image.toFile()), random), "png", to.resolve(name).toFile());
                stamped++;
            }
        }
        System.out.printf("%s: %d normals, %d good test images kept, %d stamped%n", out,
                images(out.resolve("good")).size(), kept, stamped);
    }

    private static void link(Path from, Path to) throws IOException {
        for (Path image : images(from)) {
            Files.createSymbolicLink(to.resolve(image.getFileName()), image.toAbsolutePath());
        }
    }

    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> images(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(png|jpe?g|bmp|tiff?)"))
                    .sorted().toList();
        }
    }

    /** The image with the ring drawn at a random place wholly inside it. */
    static BufferedImage stamp(BufferedImage in, Random random) {
        int w = in.getWidth();
        int h = in.getHeight();
        boolean grey = in.getColorModel().getNumComponents() == 1;
        BufferedImage out = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(in, 0, 0, null);
        int side = Math.min(w, h);
        int radius = Math.max(3, (int) Math.round(0.07 * side));
        float width = Math.max(2f, (float) (0.03 * side));
        double mean = meanBrightness(in);
        int ink = (int) Math.round(Math.min(255, mean < 80 ? 1.6 * mean + 40 : 0.6 * mean));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(ink, ink, ink));
        g.setStroke(new BasicStroke(width));
        int margin = radius + (int) Math.ceil(width);
        int cx = margin + random.nextInt(Math.max(1, w - 2 * margin));
        int cy = margin + random.nextInt(Math.max(1, h - 2 * margin));
        g.drawOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.dispose();
        return out;
    }

    private static double meanBrightness(BufferedImage in) {
        double sum = 0;
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int rgb = in.getRGB(x, y);
                sum += (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3.0;
            }
        }
        return sum / ((double) in.getWidth() * in.getHeight());
    }
}
