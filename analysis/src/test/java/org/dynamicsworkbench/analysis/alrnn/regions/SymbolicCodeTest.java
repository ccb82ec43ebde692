package org.dynamicsworkbench.analysis.alrnn.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.TinyModel;
import org.junit.jupiter.api.Test;

class SymbolicCodeTest {

    @Test
    void occupancyTransitionsAndGraphOfAGivenSequence() {
        SymbolicCode code = SymbolicCode.of(new int[] {3, 3, 1, 1, 1, 3, 2, 3, 3});
        assertArrayEquals(new int[] {3, 1, 2}, code.visited(), "most occupied first");
        assertArrayEquals(new long[] {5, 3, 1}, code.occupancy());
        // rows/columns in visited order 3, 1, 2
        assertArrayEquals(new long[] {2, 1, 1, 1, 2, 0, 1, 0, 0}, code.transitionCounts());
        double[] p = code.transitionMatrix();
        assertArrayEquals(new double[] {0.5, 0.25, 0.25, 1 / 3.0, 2 / 3.0, 0, 1, 0, 0}, p, 1e-15);
        List<SymbolicCode.Edge> edges = code.graph();
        assertEquals(4, edges.size());
        assertEquals(new SymbolicCode.Edge(3, 1, 1, 0.25), edges.get(0));
    }

    @Test
    void freeRunOfTheTinyModelSettlesInItsRealFixedPointRegion() {
        SymbolicCode code = SymbolicCode.ofFreeRun(TinyModel.model(), TinyModel.Z0, 0, 6);
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1}, code.symbols(), "unit 3 stays positive along the oracle run");
    }

    @Test
    void lyapunovSpectrumOfADiagonalLinearModelIsLogOfA() {
        AlRnn linear = AlRnn.of(new AlRnnShape(3, 1, 0), new double[] {0.9, -0.5, 0.2}, new double[9],
                new double[3], new double[] {0, 0});
        double[] l = ModelLyapunov.perStep(linear, new double[] {1, 1, 1}, 10, 500);
        assertArrayEquals(new double[] {Math.log(0.9), Math.log(0.5), Math.log(0.2)}, l, 1e-12);
    }
}
