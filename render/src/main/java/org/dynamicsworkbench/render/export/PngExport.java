package org.dynamicsworkbench.render.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.dynamicsworkbench.render.gl.Frame;

/** Writes a {@link Frame} as a PNG whose pHYs chunk records the resolution. */
public final class PngExport {
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";
    private static final double METRES_PER_INCH = 0.0254;
    /** The pHYs chunk stores pixels per metre in 31 bits. */
    private static final double MAX_DPI = Integer.MAX_VALUE * METRES_PER_INCH;

    private PngExport() {
    }

    /**
     * Writes {@code frame} to {@code file} at {@code dpi} dots per inch (stored as pixels per metre).
     * Opaque frames are written as RGB, others as RGBA. The file appears complete or not at all: the
     * PNG goes to a temporary file in the same folder that is then renamed over {@code file}.
     *
     * @throws IOException if the folder does not exist or writing fails (no temporary file is left)
     * @throws IllegalArgumentException if {@code dpi} is not a positive finite number
     */
    public static void write(Frame frame, Path file, double dpi) throws IOException {
        write(toImage(frame), file, dpi);
    }

    /**
     * Writes {@code image} to {@code file} at {@code dpi} dots per inch, atomically as {@link #write(Frame, Path, double)}.
     *
     * @throws IOException if the folder does not exist or writing fails (no temporary file is left)
     * @throws IllegalArgumentException if {@code dpi} is not a positive finite number
     */
    public static void write(BufferedImage image, Path file, double dpi) throws IOException {
        requireDpi(dpi);
        AtomicFile.write(file, out -> encode(image, dpi, out, file));
    }

    /** Checks that {@code dpi} fits the pHYs chunk. */
    static void requireDpi(double dpi) {
        if (!(dpi > 0) || pixelsPerMetre(dpi) > Integer.MAX_VALUE || pixelsPerMetre(dpi) < 1) {
            throw new IllegalArgumentException("PNG resolution must be a positive number of dots per inch up to "
                    + MAX_DPI + ", got " + dpi);
        }
    }

    private static BufferedImage toImage(Frame frame) {
        int[] argb = frame.argb();
        boolean opaque = true;
        for (int p : argb) {
            if ((p >>> 24) != 0xff) {
                opaque = false;
                break;
            }
        }
        BufferedImage image = new BufferedImage(frame.width(), frame.height(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, frame.width(), frame.height(), argb, 0, frame.width());
        return image;
    }

    private static void encode(BufferedImage image, double dpi, OutputStream out, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("cannot write " + file + ": no PNG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setPhysicalResolution(metadata, dpi);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static void setPhysicalResolution(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
        String pixelsPerMetre = Long.toString(pixelsPerMetre(dpi));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        metadata.mergeTree(PNG_FORMAT, root);
    }

    /** {@code dpi} in pixels per metre, rounded, as stored in the pHYs chunk. */
    public static long pixelsPerMetre(double dpi) {
        return Math.round(dpi / METRES_PER_INCH);
    }
}
