package org.dynamicsworkbench.render.figure.fx;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * A time shared by the views of one run or trajectory: hovering a time in one view sets it, and every view
 * observing it marks the point of that time. NaN means no time is marked. Use on the JavaFX thread.
 */
public final class LinkedCursor {
    private final DoubleProperty time = new SimpleDoubleProperty(this, "time", Double.NaN);

    /** The shared time (NaN: none). */
    public DoubleProperty timeProperty() {
        return time;
    }

    public double time() {
        return time.get();
    }

    public void setTime(double t) {
        time.set(t);
    }

    /** Removes the mark. */
    public void clear() {
        time.set(Double.NaN);
    }
}
