package org.dynamicsworkbench.render.figure;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One set of axes: an id, a title (markup, may be empty), x and y {@link Axis}, the {@link Series} drawn in
 * order, where the legend goes, whether one data unit has the same length on both axes ({@code equalAspect}),
 * and {@link Guide}s drawn beneath the series.
 */
public record Panel(String id, String title, Axis x, Axis y, List<Series> series, LegendPosition legend,
                    boolean equalAspect, Set<Guide> guides) {

    public Panel {
        FigureIds.require(id, "panel");
        title = title == null ? "" : title;
        RichText.parse(title);
        if (x == null || y == null) {
            throw new IllegalArgumentException("panel '" + id + "' needs both axes");
        }
        series = List.copyOf(series);
        Set<String> ids = new HashSet<>();
        for (Series s : series) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("panel '" + id + "' has two series with id '" + s.id() + "'");
            }
        }
        legend = legend == null ? LegendPosition.NONE : legend;
        guides = guides.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(guides));
    }

    /** A panel with no title, no legend, no guides. */
    public static Panel of(String id, Axis x, Axis y, Series... series) {
        return new Panel(id, "", x, y, List.of(series), LegendPosition.NONE, false, Set.of());
    }

    /**
     * A complex plane: real and imaginary axes labelled {@code Re \lambda} and {@code Im \lambda}, equal aspect,
     * the unit circle and the zero lines.
     */
    public static Panel complexPlane(String id, String title, Series... series) {
        return new Panel(id, title, Axis.linear("Re \\lambda"), Axis.linear("Im \\lambda"), List.of(series),
                LegendPosition.NONE, true, Set.of(Guide.UNIT_CIRCLE, Guide.ZERO_LINES));
    }

    public Panel withTitle(String newTitle) {
        return new Panel(id, newTitle, x, y, series, legend, equalAspect, guides);
    }

    public Panel withLegend(LegendPosition position) {
        return new Panel(id, title, x, y, series, position, equalAspect, guides);
    }

    public Panel withAxes(Axis newX, Axis newY) {
        return new Panel(id, title, newX, newY, series, legend, equalAspect, guides);
    }

    /** This panel with fixed ranges ({@code null}: fit the data again); used by zoom and pan. */
    public Panel withRanges(Range xRange, Range yRange) {
        return withAxes(x.withRange(xRange), y.withRange(yRange));
    }

    /** The series with this id, or {@code null}. */
    public Series seriesById(String seriesId) {
        for (Series s : series) {
            if (s.id().equals(seriesId)) {
                return s;
            }
        }
        return null;
    }
}
