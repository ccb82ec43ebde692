package org.dynamicsworkbench.render.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.dynamicsworkbench.render.gl.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class PngExportTest {
    @TempDir
    Path dir;

    private static Frame gradient(int w, int h, boolean opaque) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int alpha = opaque ? 0xff : (x * 255 / (w - 1));
                argb[y * w + x] = alpha << 24 | (x * 7 & 0xff) << 16 | (y * 13 & 0xff) << 8 | ((x + y) & 0xff);
            }
        }
        return new Frame(w, h, argb);
    }

    private static int[] decode(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void writesTheSamePixelsAndSize() throws IOException {
        Frame frame = gradient(37, 23, true);
        Path file = dir.resolve("frame.png");
        PngExport.write(frame, file, 300);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(37, image.getWidth());
        assertEquals(23, image.getHeight());
        assertFalse(image.getColorModel().hasAlpha(), "opaque frames are written without alpha");
        assertArrayEquals(frame.argb(), decode(file));
    }

    @Test
    void keepsTranslucentPixels() throws IOException {
        Frame frame = gradient(16, 4, false);
        Path file = dir.resolve("alpha.png");
        PngExport.write(frame, file, 72);
        assertArrayEquals(frame.argb(), decode(file));
    }

    @Test
    void recordsTheResolutionInThePhysChunk() throws IOException {
        Path file = dir.resolve("dpi.png");
        PngExport.write(gradient(4, 4, true), file, 300);
        long expected = Math.round(300 / 0.0254);
        assertEquals(11811, expected);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            Node phys = null;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    phys = n;
                }
            }
            assertTrue(phys != null, "pHYs chunk present");
            assertEquals(Long.toString(expected), phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
            assertEquals(Long.toString(expected), phys.getAttributes().getNamedItem("pixelsPerUnitYAxis").getNodeValue());
            assertEquals("meter", phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
            reader.dispose();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("again.png");
        PngExport.write(gradient(8, 8, true), file, 96);
        Frame second = gradient(5, 3, true);
        PngExport.write(second, file, 96);
        assertArrayEquals(second.argb(), decode(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void missingFolderFailsNamingItAndWritesNothing() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path file = missing.resolve("x.png");
        IOException e = assertThrows(IOException.class, () -> PngExport.write(gradient(4, 4, true), file, 96));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void failedMoveRemovesTheTemporaryFile() throws IOException {
        Path occupied = dir.resolve("occupied.png");
        Files.createDirectory(occupied);
        Files.writeString(occupied.resolve("keep.txt"), "x");
        assertThrows(IOException.class, () -> PngExport.write(gradient(4, 4, true), occupied, 96));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the occupied folder remains");
        }
        assertTrue(Files.exists(occupied.resolve("keep.txt")));
    }

    @Test
    void rejectsBadResolutions() {
        Path file = dir.resolve("bad.png");
        for (double dpi : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e12}) {
            assertThrows(IllegalArgumentException.class, () -> PngExport.write(gradient(2, 2, true), file, dpi));
        }
        assertFalse(Files.exists(file));
    }
}
