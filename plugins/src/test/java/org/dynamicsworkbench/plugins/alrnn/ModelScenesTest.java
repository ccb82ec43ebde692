package org.dynamicsworkbench.plugins.alrnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycle;
import org.dynamicsworkbench.analysis.alrnn.regions.Eigenvalues;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoint;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.render.scene.Marker3D;
import org.dynamicsworkbench.render.scene.MarkerStyle;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model scene of the shipped run marks its fixed points and cycles (headless: no rendering). */
class ModelScenesTest {
    private static ModelReading reading;

    @BeforeAll
    static void read() throws Exception {
        reading = ModelReading.ofBest(RunDirectory.open(AlRnnViewModelTest.SAMPLE_RUN), 5000);
    }

    @Test
    void theSampleRunsFourRealFixedPointsAreRingsAtTheirObservedCoordinates() {
        List<FixedPoint> real = reading.realFixedPoints();
        assertEquals(4, real.size(), "the shipped model has 4 real fixed points");
        Scene3D scene = ModelScenes.model(reading);
        List<Marker3D> markers = scene.markers();
        assertEquals(List.of(), reading.cycles(), "the shipped model has no cycle up to order 4");
        assertEquals(4, markers.size(), "one marker per real fixed point");
        for (int i = 0; i < real.size(); i++) {
            FixedPoint f = real.get(i);
            double[] z = f.point();
            Marker3D m = markers.get(i);
            assertEquals(z[0], m.x(), 0.0, "x is latent unit 0 (observation 0)");
            assertEquals(z[1], m.y(), 0.0, "y is latent unit 1 (observation 1)");
            assertEquals(z[2], m.z(), 0.0, "z is latent unit 2 (observation 2)");
            assertFalse(f.eigenvalues().isStable(), "the sample's fixed points are all unstable");
            assertEquals(MarkerStyle.RING, m.style(), "unstable: a ring");
            int rank = reading.code().rank(f.region());
            int expected = rank < 0 ? ModelScenes.UNVISITED_ARGB : AlRnnFigures.regionArgb(rank, reading.code().visited().length);
            assertEquals(expected, m.argb(), "region " + f.region() + "'s colour");
        }
        assertEquals(scene.markers(), scene.withHighlight(10).markers(), "the linked cursor keeps the markers");
    }

    @Test
    void cyclePointsAreMarkedInTheirRegionsColourFilledWhenStable() {
        int m = reading.shape().latent();
        int[] visited = reading.code().visited();
        double[] points = new double[2 * m];
        for (int i = 0; i < points.length; i++) {
            points[i] = 0.1 * i;
        }
        Cycle stable = new Cycle(new int[] {visited[0], visited[1]}, points, m,
                new Eigenvalues(new double[] {0.5, -0.2}, new double[] {0, 0}));
        Cycle unstable = new Cycle(new int[] {visited[1], visited[0]}, points, m,
                new Eigenvalues(new double[] {1.5, 0.2}, new double[] {0, 0}));
        ModelReading withCycles = new ModelReading(reading.run(), reading.epoch(), reading.shape(), reading.observed(),
                reading.code(), reading.fixedPoints(), List.of(stable, unstable), reading.metrics(), reading.data());
        List<Marker3D> markers = ModelScenes.model(withCycles).markers();
        assertEquals(4 + 2 + 2, markers.size());
        Marker3D second = markers.get(5);
        assertEquals(List.of(0.1 * m, 0.1 * (m + 1), 0.1 * (m + 2)), List.of(second.x(), second.y(), second.z()),
                "the cycle's second point in observation coordinates");
        assertEquals(MarkerStyle.FILLED, markers.get(4).style());
        assertEquals(MarkerStyle.FILLED, second.style());
        assertEquals(MarkerStyle.RING, markers.get(6).style());
        assertEquals(AlRnnFigures.regionArgb(0, visited.length), markers.get(4).argb());
        assertEquals(AlRnnFigures.regionArgb(1, visited.length), second.argb());
        assertEquals(AlRnnFigures.regionArgb(1, visited.length), markers.get(6).argb());
    }
}
