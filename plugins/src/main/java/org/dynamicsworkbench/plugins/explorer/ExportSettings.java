package org.dynamicsworkbench.plugins.explorer;

import org.dynamicsworkbench.render.gl.GlRenderer;

/** The pixel size and resolution of an exported PNG; validated. */
record ExportSettings(int width, int height, double dpi) {
    static final ExportSettings DEFAULT = new ExportSettings(1920, 1200, 300);

    ExportSettings {
        if (width < 1 || width > GlRenderer.MAX_SIZE || height < 1 || height > GlRenderer.MAX_SIZE) {
            throw new IllegalArgumentException("image size must be within 1.." + GlRenderer.MAX_SIZE
                    + " pixels on each side, got " + width + "x" + height);
        }
        if (!(dpi > 0) || !Double.isFinite(dpi)) {
            throw new IllegalArgumentException("resolution must be a positive number of dots per inch, got " + dpi);
        }
    }
}
