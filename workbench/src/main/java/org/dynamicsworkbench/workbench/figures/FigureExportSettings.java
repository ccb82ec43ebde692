package org.dynamicsworkbench.workbench.figures;

import java.nio.file.Path;
import java.util.Objects;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.figure.FigureSize;

/** One validated export: which figure, the format, the size, the resolution and the file. */
public record FigureExportSettings(String figureId, ExportFormat format, FigureSize size, double dpi, Path file) {

    public FigureExportSettings {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(file, "file");
        if (!(dpi > 0) || !Double.isFinite(dpi)) {
            throw new IllegalArgumentException("DPI must be a positive number, got " + dpi);
        }
    }
}
