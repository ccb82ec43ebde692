package org.dynamicsworkbench.plugins.runs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node's pixels as a PNG for the README when the system property {@code screenshots} names a folder
 * ({@code mvn ... -Dscreenshots=../workbench/docs}); does nothing otherwise. FX thread.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** @return the file written, or null when no folder was asked for */
    public static Path save(Node node, String name) throws IOException {
        String folder = System.getProperty("screenshots");
        if (folder == null || folder.isBlank()) {
            return null;
        }
        WritableImage image = node.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of(folder).resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
