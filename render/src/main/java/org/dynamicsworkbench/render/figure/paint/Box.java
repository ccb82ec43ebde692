package org.dynamicsworkbench.render.figure.paint;

/** An axis-aligned rectangle in points, y down: {@code (x, y)} is the top-left corner. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("box size must be non-negative, got " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public java.awt.geom.Rectangle2D toRectangle() {
        return new java.awt.geom.Rectangle2D.Double(x, y, width, height);
    }
}
