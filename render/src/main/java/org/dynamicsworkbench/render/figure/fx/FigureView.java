package org.dynamicsworkbench.render.figure.fx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureTheme;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.dynamicsworkbench.render.figure.XYData;
import org.dynamicsworkbench.render.figure.paint.FigureLayout;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.dynamicsworkbench.render.figure.paint.PanelGeometry;
import org.jfree.fx.FXGraphics2D;

/**
 * A figure on screen: a Canvas painted through FXGraphics2D by {@link FigurePainter}, the painter the exports
 * use, at the view's size (one point per pixel). Scroll zooms about the pointer, a primary drag pans, a
 * secondary or shift-primary drag zooms to the dragged box, a double click resets; moving the pointer shows a
 * crosshair with the data coordinates and sets the {@link LinkedCursor} time (the x position on time-series
 * panels, else the time of the nearest point within {@value #HOVER_RADIUS} px); the view marks the cursor time.
 * Zoom and pan are per panel and kept as fixed ranges over the figure, which itself is never changed.
 */
public final class FigureView extends Region {
    static final double HOVER_RADIUS = 10;
    private static final double ZOOM_PER_NOTCH = 1.15;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<FigureTheme> theme = new SimpleObjectProperty<>(this, "theme", FigureTheme.screenLight(12));
    private final ReadOnlyObjectWrapper<DataReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final LinkedCursor cursor;
    private final Map<String, Range[]> viewRanges = new HashMap<>();
    private final ChangeListener<Number> cursorListener = (obs, old, now) -> repaint();
    private FigureLayout layout;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private double dragX;
    private double dragY;
    private boolean boxZoom;
    private String dragPanel;

    /** A view that shares {@code cursor} with other views of the same run. */
    public FigureView(LinkedCursor cursor) {
        this.cursor = cursor == null ? new LinkedCursor() : cursor;
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener((obs, old, now) -> repaint());
        canvas.heightProperty().addListener((obs, old, now) -> repaint());
        figure.addListener((obs, old, now) -> {
            viewRanges.clear();
            repaint();
        });
        theme.addListener((obs, old, now) -> repaint());
        this.cursor.timeProperty().addListener(cursorListener);
        setOnScroll(this::onScroll);
        setOnMousePressed(this::onPressed);
        setOnMouseDragged(this::onDragged);
        setOnMouseReleased(this::onReleased);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
            }
        });
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> {
            pointerX = Double.NaN;
            readout.set(null);
            repaint();
        });
        setPrefSize(640, 400);
    }

    /** A view with its own cursor. */
    public FigureView() {
        this(null);
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public void setFigure(Figure f) {
        figure.set(f);
    }

    /** The screen theme (exports use their own light theme). */
    public ObjectProperty<FigureTheme> themeProperty() {
        return theme;
    }

    /** The data coordinates under the pointer, or {@code null} outside every plot area. */
    public ReadOnlyObjectProperty<DataReadout> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    public LinkedCursor linkedCursor() {
        return cursor;
    }

    /** Where each panel was last painted; {@code null} before the first paint. */
    public FigureLayout lastLayout() {
        return layout;
    }

    /** The figure as shown: the zoomed or panned panels carry their view ranges. */
    public Figure shownFigure() {
        Figure f = figure.get();
        if (f == null) {
            return null;
        }
        for (Map.Entry<String, Range[]> e : viewRanges.entrySet()) {
            Panel p = f.panelById(e.getKey());
            if (p != null) {
                f = f.withPanel(p.withRanges(e.getValue()[0], e.getValue()[1]));
            }
        }
        return f;
    }

    /** Zooms the panel under {@code (x, y)} by {@code factor} (below 1 zooms in) about that point. */
    public void zoomAt(double x, double y, double factor) {
        PanelGeometry p = layout == null ? null : layout.panelAt(x, y);
        if (p == null || !(factor > 0)) {
            return;
        }
        double vx = p.x().toValue(x);
        double vy = p.y().toValue(y);
        setRanges(p, p.x().zoomedAbout(x, factor), p.y().zoomedAbout(y, factor));
        // new tick labels can move the plot area: shift so that the point under the pointer stays there
        PanelGeometry moved = layout == null ? null : layout.panel(p.panelId());
        if (moved != null) {
            setRanges(moved, moved.x().shiftedToShow(vx, x), moved.y().shiftedToShow(vy, y));
        }
    }

    /** Shifts the content of panel {@code panelId} by {@code (dx, dy)} pixels. */
    public void panBy(String panelId, double dx, double dy) {
        PanelGeometry p = layout == null ? null : layout.panel(panelId);
        if (p != null && (dx != 0 || dy != 0)) {
            setRanges(p, p.x().pannedBy(dx), p.y().pannedBy(dy));
        }
    }

    /** Zooms panel {@code panelId} to the box between two pixel positions (ignored when under 3 px on a side). */
    public void zoomToBox(String panelId, double x0, double y0, double x1, double y1) {
        PanelGeometry p = layout == null ? null : layout.panel(panelId);
        if (p != null && Math.abs(x1 - x0) >= 3 && Math.abs(y1 - y0) >= 3) {
            setRanges(p, p.x().between(x0, x1), p.y().between(y0, y1));
        }
    }

    /** Shows every panel with its own ranges again. */
    public void resetView() {
        viewRanges.clear();
        repaint();
    }

    private void setRanges(PanelGeometry p, Range x, Range y) {
        viewRanges.put(p.panelId(), new Range[] {x, y});
        repaint();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(e.getX(), e.getY(), Math.pow(ZOOM_PER_NOTCH, -e.getDeltaY() / 40));
            e.consume();
        }
    }

    private void onPressed(MouseEvent e) {
        PanelGeometry p = layout == null ? null : layout.panelAt(e.getX(), e.getY());
        dragPanel = p == null ? null : p.panelId();
        dragX = e.getX();
        dragY = e.getY();
        boxZoom = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
    }

    private void onDragged(MouseEvent e) {
        if (dragPanel == null) {
            return;
        }
        if (boxZoom) {
            pointerX = e.getX();
            pointerY = e.getY();
            repaint();
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setStroke(Color.gray(0.4));
            gc.setLineDashes(4, 3);
            gc.strokeRect(Math.min(dragX, e.getX()), Math.min(dragY, e.getY()), Math.abs(e.getX() - dragX),
                    Math.abs(e.getY() - dragY));
            gc.setLineDashes();
        } else {
            panBy(dragPanel, e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragPanel != null && boxZoom) {
            zoomToBox(dragPanel, dragX, dragY, e.getX(), e.getY());
        }
        dragPanel = null;
    }

    /** Updates the crosshair, the readout and the linked cursor for the pointer at {@code (x, y)}. */
    public void hover(double x, double y) {
        pointerX = x;
        pointerY = y;
        PanelGeometry p = layout == null ? null : layout.panelAt(x, y);
        if (p == null) {
            readout.set(null);
            repaint();
            return;
        }
        readout.set(new DataReadout(p.panelId(), p.x().toValue(x), p.y().toValue(y)));
        double time = hoveredTime(shownFigure().panelById(p.panelId()), p, x, y);
        if (!Double.isNaN(time)) {
            cursor.setTime(time);
        }
        repaint();
    }

    private static double hoveredTime(Panel panel, PanelGeometry p, double x, double y) {
        double best = HOVER_RADIUS * HOVER_RADIUS;
        double time = Double.NaN;
        for (Series s : panel.series()) {
            XYData d = s instanceof LineSeries l ? l.data() : s instanceof ScatterSeries sc ? sc.data() : null;
            if (d == null || !d.hasTime() || d.size() == 0) {
                continue;
            }
            if (d.xIsTime()) {
                double t = p.x().toValue(x);
                return Math.max(d.t(0), Math.min(d.t(d.size() - 1), t));
            }
            for (int i = 0; i < d.size(); i++) {
                double dx = p.x().toPosition(d.x(i)) - x;
                double dy = p.y().toPosition(d.y(i)) - y;
                double d2 = dx * dx + dy * dy;
                if (d2 < best) {
                    best = d2;
                    time = d.t(i);
                }
            }
        }
        return time;
    }

    private void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        Figure shown = shownFigure();
        if (shown == null || w < 1 || h < 1) {
            layout = null;
            return;
        }
        FXGraphics2D g = new FXGraphics2D(gc);
        layout = FigurePainter.paint(g, shown, w, h, theme.get(), cursor.time());
        g.dispose();
        paintCrosshair(gc);
    }

    private void paintCrosshair(GraphicsContext gc) {
        PanelGeometry p = Double.isNaN(pointerX) ? null : layout.panelAt(pointerX, pointerY);
        if (p == null) {
            return;
        }
        int fg = theme.get().foreground();
        Color ink = Color.rgb((fg >> 16) & 0xff, (fg >> 8) & 0xff, fg & 0xff, 0.5);
        gc.setStroke(ink);
        gc.setLineWidth(0.8);
        gc.strokeLine(p.plotArea().x(), pointerY, p.plotArea().right(), pointerY);
        gc.strokeLine(pointerX, p.plotArea().y(), pointerX, p.plotArea().bottom());
        String text = String.format(Locale.ROOT, "x = %.4g, y = %.4g", p.x().toValue(pointerX), p.y().toValue(pointerY));
        gc.setFill(Color.rgb((fg >> 16) & 0xff, (fg >> 8) & 0xff, fg & 0xff));
        gc.setFont(javafx.scene.text.Font.font(theme.get().fontSizePt() * 0.9));
        gc.fillText(text, p.plotArea().x() + 4, p.plotArea().bottom() - 4);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }
}
