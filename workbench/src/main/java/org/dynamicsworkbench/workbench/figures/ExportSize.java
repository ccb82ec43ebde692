package org.dynamicsworkbench.workbench.figures;

import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.PublicationPreset;

/**
 * The size of an exported figure: a publication preset's width with the height that keeps the figure's own aspect
 * ratio, or an explicit width and height (a missing one follows from the aspect ratio), or the figure's own size.
 */
public final class ExportSize {
    private ExportSize() {
    }

    /**
     * @param preset    a preset, or {@code null}
     * @param widthPt   an explicit width in points, or NaN
     * @param heightPt  an explicit height in points, or NaN
     * @param ownSize   the figure's default size (its aspect ratio fills in a missing side)
     * @throws IllegalArgumentException when a preset comes with an explicit size, or a side is outside 1-1000 mm
     */
    public static FigureSize resolve(PublicationPreset preset, double widthPt, double heightPt, FigureSize ownSize) {
        double aspect = ownSize.widthPt() / ownSize.heightPt();
        boolean width = !Double.isNaN(widthPt);
        boolean height = !Double.isNaN(heightPt);
        if (preset != null) {
            if (width || height) {
                throw new IllegalArgumentException("give either a preset or an explicit width and height, not both");
            }
            return preset.withAspect(aspect);
        }
        if (width && height) {
            return new FigureSize(widthPt, heightPt);
        }
        if (width) {
            return new FigureSize(widthPt, widthPt / aspect);
        }
        if (height) {
            return new FigureSize(heightPt * aspect, heightPt);
        }
        return ownSize;
    }
}
