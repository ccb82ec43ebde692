package org.dynamicsworkbench.analysis.alrnn;

/** The hand-checkable M=3, P=1, N=3 model of the specification's oracle (region index = activity of unit 3). */
public final class TinyModel {
    public static final double[] A = {0.5, 0.5, 0.5};
    public static final double[] W = {0, 0.2, -0.3, 0.1, 0, 0.4, 0.3, -0.2, 0.1};
    public static final double[] H = {0.1, -0.2, 0.3};
    public static final double[] Z0 = {1, -1, 2};

    private TinyModel() {
    }

    public static AlRnn model() {
        return AlRnn.of(new AlRnnShape(3, 3, 1), A, W, H, new double[0]);
    }
}
