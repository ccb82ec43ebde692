package org.dynamicsworkbench.render.scene;

/** An axis-aligned box (finite, min <= max on every axis). */
public record Bounds3D(double minX, double maxX, double minY, double maxY, double minZ, double maxZ) {

    public Bounds3D {
        check("x", minX, maxX);
        check("y", minY, maxY);
        check("z", minZ, maxZ);
    }

    private static void check(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("bounds on " + axis + " must be finite, got [" + min + ", " + max + "]");
        }
        if (min > max) {
            throw new IllegalArgumentException("bounds on " + axis + ": min " + min + " > max " + max);
        }
    }

    /** The smallest box holding every point of interleaved {@code xyz} (x0 y0 z0 x1 ...); at least one point. */
    public static Bounds3D of(float[] xyz) {
        if (xyz.length < 3 || xyz.length % 3 != 0) {
            throw new IllegalArgumentException("need at least one xyz triple, got " + xyz.length + " floats");
        }
        float minX = Float.POSITIVE_INFINITY, minY = minX, minZ = minX;
        float maxX = Float.NEGATIVE_INFINITY, maxY = maxX, maxZ = maxX;
        for (int i = 0; i < xyz.length; i += 3) {
            float x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
            if (y < minY) minY = y;
            if (y > maxY) maxY = y;
            if (z < minZ) minZ = z;
            if (z > maxZ) maxZ = z;
        }
        return new Bounds3D(minX, maxX, minY, maxY, minZ, maxZ);
    }

    public double centerX() {
        return 0.5 * (minX + maxX);
    }

    public double centerY() {
        return 0.5 * (minY + maxY);
    }

    public double centerZ() {
        return 0.5 * (minZ + maxZ);
    }

    public double extentX() {
        return maxX - minX;
    }

    public double extentY() {
        return maxY - minY;
    }

    public double extentZ() {
        return maxZ - minZ;
    }

    /** The largest of the three extents. */
    public double maxExtent() {
        return Math.max(extentX(), Math.max(extentY(), extentZ()));
    }

    /** Length of the box diagonal. */
    public double diagonal() {
        return Math.sqrt(extentX() * extentX() + extentY() * extentY() + extentZ() * extentZ());
    }

    /** The 8 corners, interleaved x y z (bit 0 of the corner index picks max x, bit 1 max y, bit 2 max z). */
    public double[] corners() {
        double[] out = new double[24];
        for (int c = 0; c < 8; c++) {
            out[3 * c] = (c & 1) == 0 ? minX : maxX;
            out[3 * c + 1] = (c & 2) == 0 ? minY : maxY;
            out[3 * c + 2] = (c & 4) == 0 ? minZ : maxZ;
        }
        return out;
    }
}
