package org.dynamicsworkbench.plugins.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Series;
import org.junit.jupiter.api.Test;

/** Raw faint under smoothed solid, and a single raw line without smoothing. */
class SmoothedLinesTest {
    private final double[] x = {1, 2, 3};
    private final double[] y = {1, 2, 4};

    @Test
    void smoothedCurveIsSolidAndLabelledOverAFaintRawOne() {
        List<Series> s = SmoothedLines.of("loss", "train loss", x, y, 0.5, 0xff0072b2, 1.2);
        LineSeries raw = (LineSeries) s.get(0);
        LineSeries smooth = (LineSeries) s.get(1);
        assertEquals("loss-raw", raw.id());
        assertEquals("", raw.label());
        assertEquals(0x4d0072b2, raw.argb());
        assertArrayEquals(y, raw.data().y());
        assertEquals("train loss", smooth.label());
        assertEquals(0xff0072b2, smooth.argb());
        assertArrayEquals(new double[] {1, 5.0 / 3, 3}, smooth.data().y(), 1e-12);
    }

    @Test
    void noSmoothingDrawsTheRawCurveOnly() {
        List<Series> s = SmoothedLines.of("loss", "train loss", x, y, 0, 0xff0072b2, 1.2);
        assertEquals(1, s.size());
        assertArrayEquals(y, ((LineSeries) s.get(0)).data().y());
        assertThrows(IllegalArgumentException.class, () -> SmoothedLines.of("l", "", x, y, 0.9995, 0, 1));
    }
}
