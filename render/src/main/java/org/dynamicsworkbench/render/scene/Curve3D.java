package org.dynamicsworkbench.render.scene;

import java.nio.FloatBuffer;
import java.util.Objects;
import org.dynamicsworkbench.analysis.integrate.Trajectory;

/**
 * An immutable 3D polyline made from three components of a trajectory. It keeps the source
 * {@link Trajectory} so that colour values (speed, any component) use every dimension, not only the
 * three shown.
 *
 * <p>A one-dimensional trajectory (a 1-D map) is shown as its delay embedding: point {@code n} is
 * {@code (x_n, x_{n+1}, 0)}, so the curve has {@code length() - 1} points and point {@code n} stands
 * for source state {@code n}. Two-dimensional systems simply repeat a component (e.g. {@code cz = cy})
 * or pick the same index twice.
 */
public final class Curve3D {
    private final Trajectory source;
    private final float[] xyz;
    private final int pointCount;
    private final Bounds3D bounds;
    /** Explicit per-point colour values in [0, 1] for {@link ColorBy.Mode#VALUES}, or null. */
    private final float[] values;

    private Curve3D(Trajectory source, float[] xyz, Bounds3D bounds, float[] values) {
        this.source = source;
        this.xyz = xyz;
        this.pointCount = xyz.length / 3;
        this.bounds = bounds;
        this.values = values;
    }

    private Curve3D(Trajectory source, float[] xyz) {
        this(source, xyz, Bounds3D.of(xyz), null);
    }

    /**
     * This curve carrying one scalar per point for {@link ColorBy#values()}: min-max normalised onto [0, 1]
     * (a constant maps to 0); NaN values (points where the scalar is undefined) take the lowest colour.
     *
     * @throws IllegalArgumentException if {@code perPoint} does not have {@link #pointCount()} entries or is all NaN
     */
    public Curve3D withValues(double[] perPoint) {
        Objects.requireNonNull(perPoint, "values");
        if (perPoint.length != pointCount) {
            throw new IllegalArgumentException("colour values: expected one per point (" + pointCount + "), got "
                    + perPoint.length);
        }
        float[] v = new float[pointCount];
        boolean any = false;
        for (int i = 0; i < pointCount; i++) {
            double d = perPoint[i];
            if (Double.isInfinite(d)) {
                throw new IllegalArgumentException("colour value " + i + " is infinite");
            }
            any |= !Double.isNaN(d);
            v[i] = (float) d;
        }
        if (!any) {
            throw new IllegalArgumentException("colour values are all NaN");
        }
        normalise(v);
        return new Curve3D(source, xyz, bounds, v);
    }

    /** Whether this curve carries values for {@link ColorBy#values()}. */
    public boolean hasValues() {
        return values != null;
    }

    /**
     * Components {@code cx, cy, cz} of {@code t} as x, y, z. For a 1-D trajectory all three indices
     * must be 0 and the delay embedding described above is used.
     *
     * @throws IllegalArgumentException for an index outside {@code [0, dimension)}, a trajectory too
     *     short to draw (no state, or a single state of a 1-D map) or non-finite states
     */
    public static Curve3D of(Trajectory t, int cx, int cy, int cz) {
        Objects.requireNonNull(t, "trajectory");
        int dim = t.dimension();
        checkIndex("x", cx, dim);
        checkIndex("y", cy, dim);
        checkIndex("z", cz, dim);
        float[] xyz;
        if (dim == 1) {
            if (t.length() < 2) {
                throw new IllegalArgumentException("a 1-D trajectory needs at least 2 states for its delay embedding, got "
                        + t.length());
            }
            int n = t.length() - 1;
            xyz = new float[3 * n];
            for (int i = 0; i < n; i++) {
                xyz[3 * i] = (float) t.get(i, 0);
                xyz[3 * i + 1] = (float) t.get(i + 1, 0);
            }
        } else {
            if (t.length() < 1) {
                throw new IllegalArgumentException("trajectory has no states to draw");
            }
            xyz = t.toFloatXyz(cx, cy, cz);
        }
        for (int i = 0; i < xyz.length; i++) {
            if (!Float.isFinite(xyz[i])) {
                throw new IllegalArgumentException("trajectory state " + (i / 3) + " has a non-finite coordinate ("
                        + xyz[i] + "); cannot draw it");
            }
        }
        return new Curve3D(t, xyz);
    }

    private static void checkIndex(String axis, int index, int dimension) {
        if (index < 0 || index >= dimension) {
            throw new IllegalArgumentException(axis + " component " + index + " is outside [0, " + dimension
                    + ") of a " + dimension + "-dimensional trajectory");
        }
    }

    public int pointCount() {
        return pointCount;
    }

    public Bounds3D bounds() {
        return bounds;
    }

    /** The trajectory this curve was made from. */
    public Trajectory source() {
        return source;
    }

    /** The coordinates {x, y, z} of point {@code index}. */
    public float[] point(int index) {
        Objects.checkIndex(index, pointCount);
        return new float[] {xyz[3 * index], xyz[3 * index + 1], xyz[3 * index + 2]};
    }

    /** A copy of the coordinates, interleaved x0 y0 z0 x1 ... */
    public float[] xyz() {
        return xyz.clone();
    }

    /** Puts all coordinates (interleaved) into {@code dst} at its position, advancing it; for GPU upload without a copy. */
    public void writeXyz(FloatBuffer dst) {
        dst.put(xyz);
    }

    /**
     * One value in [0, 1] per point: TIME is {@code i / (pointCount - 1)}; SPEED is the step length
     * {@code |s_{i+1} - s_i|} over all source dimensions (the last point repeats the last step),
     * min-max normalised; COMPONENT is that source component, min-max normalised; VALUES are the values
     * given to {@link #withValues}. A constant scalar
     * maps to 0.
     *
     * @throws IllegalArgumentException if a COMPONENT index is not below the source dimension, or VALUES
     *     are asked of a curve that carries none
     */
    public float[] colorValues(ColorBy by) {
        Objects.requireNonNull(by, "colorBy");
        float[] out = new float[pointCount];
        switch (by.mode()) {
            case TIME -> fillTime(out);
            case SPEED -> fillSpeed(out);
            case COMPONENT -> fillComponent(out, by.component());
            case VALUES -> {
                if (values == null) {
                    throw new IllegalArgumentException("colour by values: this curve carries no values (Curve3D.withValues)");
                }
                System.arraycopy(values, 0, out, 0, pointCount);
            }
            default -> throw new IllegalStateException("unhandled mode " + by.mode());
        }
        return out;
    }

    private void fillTime(float[] out) {
        int n = out.length;
        if (n == 1) {
            return;
        }
        double scale = 1.0 / (n - 1);
        for (int i = 0; i < n; i++) {
            out[i] = (float) (i * scale);
        }
    }

    private void fillSpeed(float[] out) {
        int n = out.length;
        int dim = source.dimension();
        if (source.length() < 2) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int a = Math.min(i, source.length() - 2);
            double sum = 0;
            for (int c = 0; c < dim; c++) {
                double d = source.get(a + 1, c) - source.get(a, c);
                sum += d * d;
            }
            out[i] = (float) Math.sqrt(sum);
        }
        normalise(out);
    }

    private void fillComponent(float[] out, int component) {
        if (component >= source.dimension()) {
            throw new IllegalArgumentException("colour-by component " + component + " is outside [0, "
                    + source.dimension() + ") of a " + source.dimension() + "-dimensional trajectory");
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) source.get(i, component);
        }
        normalise(out);
    }

    /** Maps {@code values} linearly onto [0, 1]; a constant array becomes all zeros. */
    private static void normalise(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        for (int i = 0; i < values.length; i++) {
            if (Float.isNaN(values[i])) {
                values[i] = min;
            }
        }
        float range = max - min;
        if (!(range > 0) || !Float.isFinite(range)) {
            java.util.Arrays.fill(values, 0f);
            return;
        }
        float inv = 1f / range;
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.min(1f, Math.max(0f, (values[i] - min) * inv));
        }
    }
}
