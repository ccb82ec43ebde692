package org.dynamicsworkbench.analysis.learning.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.junit.jupiter.api.Test;

class ScheduleAndSmoothingTest {

    @Test
    void sqrtScheduleIsParksLinspaceOfSquareRootsSquared() {
        // (linspace(sqrt(500), sqrt(20000), 60))^2 as in Park et al.'s process_config, plus step 0
        long[] steps = new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 60, 500).steps(20000);
        assertEquals(61, steps.length);
        assertEquals(0, steps[0]);
        assertEquals(500, steps[1]);
        assertEquals(20000, steps[60]);
        double a = Math.sqrt(500);
        double b = Math.sqrt(20000);
        double r = a + (b - a) * 10 / 59.0;
        assertEquals(Math.round(r * r), steps[11]);
    }

    @Test
    void logAndLinearSchedulesIncludeBothEndsWithoutDuplicates() {
        long[] log = new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 5, 1).steps(10000);
        assertArrayEquals(new long[] {0, 1, 10, 100, 1000, 10000}, log);
        long[] lin = new CheckpointSchedule(CheckpointSchedule.Spacing.LINEAR, 3, 10).steps(30);
        assertArrayEquals(new long[] {0, 10, 20, 30}, lin);
        long[] tiny = new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 60, 25).steps(3);
        assertArrayEquals(new long[] {0, 3}, tiny);
        assertThrows(ConfigException.class, () -> new CheckpointSchedule(CheckpointSchedule.Spacing.LOG, 1, 1));
        assertThrows(ConfigException.class, () -> CheckpointSchedule.Spacing.parse("cubic"));
    }

    @Test
    void emaMatchesTensorBoardsDebiasedFormula() {
        double w = 0.6;
        double[] y = {1, 3, 2, Double.NaN, 5};
        double[] s = Smoothing.ema(y, w);
        // last = last*w + (1-w)*y; n += 1; smoothed = last/(1 - w^n); NaN passes through
        double l1 = 0.4 * 1;
        double l2 = l1 * w + 0.4 * 3;
        double l3 = l2 * w + 0.4 * 2;
        double l4 = l3 * w + 0.4 * 5;
        assertEquals(1.0, s[0], 1e-15);
        assertEquals(l2 / (1 - w * w), s[1], 1e-15);
        assertEquals(l3 / (1 - w * w * w), s[2], 1e-15);
        assertTrue(Double.isNaN(s[3]));
        assertEquals(l4 / (1 - Math.pow(w, 4)), s[4], 1e-15);
        assertArrayEquals(new double[] {2, 2, 2}, Smoothing.ema(new double[] {2, 2, 2}, 0.9));
        assertArrayEquals(y, Smoothing.ema(y, 0));
        assertThrows(IllegalArgumentException.class, () -> Smoothing.ema(y, 1.0));
    }

    @Test
    void sweepGridEnumeratesRowMajorWithTypedValuesAndNames() {
        ObjectNode base = JsonNodeFactory.instance.objectNode();
        base.put("wd", 1.0);
        base.put("frac", 0.4);
        base.put("p", 31);
        SweepGrid grid = new SweepGrid(List.of(SweepGrid.Axis.parse("wd=0,0.3,1"), SweepGrid.Axis.parse("p=23,31")));
        List<SweepGrid.Point> points = grid.points(base);
        assertEquals(6, points.size());
        assertEquals("wd=0,p=23", points.get(0).name());
        assertEquals("wd=1,p=31", points.get(5).name());
        assertEquals(0.3, points.get(2).config().get("wd").asDouble());
        assertTrue(points.get(1).config().get("p").isIntegralNumber());
        assertEquals(31, points.get(1).config().get("p").asInt());
        assertEquals(0.4, points.get(3).config().get("frac").asDouble());
        assertEquals(2, points.get(5).row());
        assertEquals(1, points.get(5).column());
    }

    @Test
    void sweepGridRefusesHugeGridsWithTheCountAndUnknownKeys() {
        StringBuilder many = new StringBuilder("wd=");
        for (int i = 0; i < 100; i++) {
            many.append(i == 0 ? "" : ",").append(i);
        }
        ConfigException e = assertThrows(ConfigException.class, () -> new SweepGrid(List.of(
                SweepGrid.Axis.parse(many.toString()), SweepGrid.Axis.parse("frac=0.1,0.2,0.3,0.4,0.5"))));
        assertTrue(e.getMessage().contains("500 runs"), e.getMessage());
        ObjectNode base = JsonNodeFactory.instance.objectNode().put("wd", 1.0);
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> new SweepGrid(List.of(SweepGrid.Axis.parse("wdd=1,2"))).points(base));
        assertTrue(unknown.getMessage().contains("unknown hyperparameter 'wdd'"), unknown.getMessage());
        assertThrows(ConfigException.class, () -> SweepGrid.Axis.parse("wd"));
        assertThrows(ConfigException.class, () -> SweepGrid.Axis.parse("wd=1,,2"));
        assertThrows(ConfigException.class, () -> new SweepGrid(List.of(SweepGrid.Axis.parse("wd=x")))
                .points(base));
    }
}
