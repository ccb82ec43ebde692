package org.dynamicsworkbench.render.figure.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dynamicsworkbench.render.export.FigureExport;
import org.dynamicsworkbench.render.figure.DemoFigures;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.junit.jupiter.api.Test;

/**
 * Compares the small demo figure at 150 dpi with the committed golden image. Tolerance: a pixel differs when one
 * of its channels is off by more than 64 levels; at most 1% of the pixels may differ and the mean channel
 * difference must stay under 2 levels. Glyph rasterisation (hinting, anti-aliasing, the fontconfig match for
 * "SansSerif") varies between JDK builds and font packages and moves a few text pixels; a moved line, tick,
 * contour, marker or label, or a changed colour, breaks both bounds. Regenerate with {@code -Dgolden.update=true}
 * after an intended change, and look at the new image before committing it.
 */
class GoldenImageTest {
    private static final String GOLDEN = "/golden/small-150dpi.png";

    @Test
    void smallFigureMatchesTheGoldenImage() throws IOException {
        Figure figure = DemoFigures.small();
        BufferedImage actual = FigureExport.rasterize(figure, figure.size(), FigureTheme.export(), 150);
        if (Boolean.getBoolean("golden.update")) {
            ImageIO.write(actual, "png", Path.of("src/test/resources" + GOLDEN).toFile());
        }
        BufferedImage golden;
        try (InputStream in = GoldenImageTest.class.getResourceAsStream(GOLDEN)) {
            assertTrue(in != null, GOLDEN + " is on the test class path");
            golden = ImageIO.read(in);
        }
        assertEquals(golden.getWidth(), actual.getWidth());
        assertEquals(golden.getHeight(), actual.getHeight());
        long differing = 0;
        double sum = 0;
        for (int y = 0; y < golden.getHeight(); y++) {
            for (int x = 0; x < golden.getWidth(); x++) {
                int a = golden.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                    worst = Math.max(worst, d);
                    sum += d;
                }
                if (worst > 64) {
                    differing++;
                }
            }
        }
        long pixels = (long) golden.getWidth() * golden.getHeight();
        double mean = sum / (3.0 * pixels);
        if (differing > pixels / 100 || mean > 2) {
            Path out = Files.createTempFile("small-150dpi-actual", ".png");
            ImageIO.write(actual, "png", out.toFile());
            throw new AssertionError(differing + " of " + pixels + " pixels differ, mean difference " + mean
                    + "; the image drawn now is " + out);
        }
    }

    @Test
    void toleranceCatchesAMovedSeries() throws IOException {
        Figure figure = DemoFigures.small();
        BufferedImage a = FigureExport.rasterize(figure, figure.size(), FigureTheme.export(), 150);
        // the same figure 4 mm narrower moves every line and label: far outside the tolerance
        BufferedImage b = FigureExport.rasterize(figure, org.dynamicsworkbench.render.figure.FigureSize.millimetres(56, 45),
                FigureTheme.export(), 150);
        long differing = 0;
        int w = Math.min(a.getWidth(), b.getWidth());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
                if (worst > 64) {
                    differing++;
                }
            }
        }
        assertTrue(differing > (long) w * a.getHeight() / 100, "a shifted figure differs in " + differing + " pixels");
    }
}
