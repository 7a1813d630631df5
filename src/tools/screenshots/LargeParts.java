import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large parts for looking at zoom and pan the way an engineer does on a 500×1250 part, from the shipped textures
 * sample only (its tiles are cut from a CC0 photograph, so the result may be shown anywhere): each part is 8 × 20 of
 * its 64-px tiles (512×1280). Normal parts use normal tiles; half the production parts have one defective tile (from
 * the sample's labelled production images) at a random place.
 *
 * usage: java src/tools/screenshots/LargeParts.java OUT   (then tune OUT/normal against OUT/production)
 */
public final class LargeParts {
    public static void main(String[] args) throws IOException {
        Path sample = Path.of("sample-projects/textures");
        Path out = Path.of(args[0]);
        List<BufferedImage> normal = read(sample.resolve("normal"), null);
        List<BufferedImage> defective = read(sample.resolve("production"), sample.resolve("labels.csv"));
        Random random = new Random(3);
        write(out.resolve("normal"), "part", 24, normal, List.of(), random);
        write(out.resolve("production"), "line", 8, normal, defective, random);
        System.out.println(out + ": 24 normal and 8 production parts of 512x1280 (4 with a defect)");
    }

    private static List<BufferedImage> read(Path folder, Path labels) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        if (labels == null) {
            try (var files = Files.list(folder)) {
                for (Path p : files.sorted().toList()) {
                    out.add(ImageIO.read(p.toFile()));
                }
            }
            return out;
        }
        for (String line : Files.readAllLines(labels).subList(1, Files.readAllLines(labels).size())) {
            String[] f = line.split(",");
            if (f[1].equals("1")) {
                out.add(ImageIO.read(sample(labels).resolve(f[0]).toFile()));
            }
        }
        return out;
    }

    private static Path sample(Path labels) {
        return labels.getParent();
    }

    private static void write(Path folder, String prefix, int count, List<BufferedImage> normal,
                              List<BufferedImage> defective, Random random) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            BufferedImage part = new BufferedImage(512, 1280, BufferedImage.TYPE_BYTE_GRAY);
            int defectAt = !defective.isEmpty() && i % 2 == 0 ? random.nextInt(8 * 20) : -1;
            for (int t = 0; t < 8 * 20; t++) {
                BufferedImage tile = t == defectAt ? defective.get(random.nextInt(defective.size()))
                        : normal.get(random.nextInt(normal.size()));
                part.getGraphics().drawImage(tile, (t % 8) * 64, (t / 8) * 64, null);
            }
            ImageIO.write(part, "png", new File(folder.toFile(), String.format("%s_%03d.png", prefix, i)));
        }
    }
}
