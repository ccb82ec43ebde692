package org.dynamicsworkbench.analysis.system.maps;

/**
 * The exact time-t flow of a point vortex of circulation gamma at (b, 0) inside the disk of radius a, in
 * Cartesian coordinates: half a period of the blinking vortex.
 *
 * <p>The wall is modelled by the image vortex of circulation -gamma at (c, 0), c = a^2 / b. The stream function
 * is proportional to log lambda with lambda = |z - b| / |z - c|, so every fluid point stays on its circle of
 * Apollonius, centre (o, 0) with o = (b - lambda^2 c) / (1 - lambda^2) and signed radius
 * s = lambda (c - b) / (1 - lambda^2); writing z = o + s e^(iq), the velocity field gives
 * dq/dt = Omega / (1 - e cos q) with e = 2 lambda / (1 + lambda^2) and
 * Omega = gamma (1 - lambda^2) / (2 pi s^2 (1 + lambda^2)). The phase therefore obeys Kepler's equation
 * q - e sin q = q0 - e sin q0 + Omega t, solved by {@link KeplerEquation}. The signed radius puts q = 0 on the
 * side of the circle facing the vortex whichever side of the origin the vortex is on (for b &gt; 0 it is dysts'
 * circle angle).
 *
 * <p>The Jacobian follows every intermediate quantity forward (lambda^2, o, s, q0, e, Omega) and differentiates
 * through the root with the implicit function theorem: dq = (dK + sin q de) / (1 - e cos q), K the right side.
 *
 * <p>Special cases: b = 0 puts the vortex at the centre with no image, a rigid rotation of each circle |z| = r
 * by gamma t / (2 pi r^2). The vortex itself and its image are fixed points at which the flow is not
 * differentiable (the Jacobian is NaN there). |b| = a (vortex on the wall, cancelled by its image) and
 * parameters that put a point on the straight streamline lambda = 1 give NaN.
 */
final class DiskVortexFlow {
    private static final double TWO_PI = 2 * Math.PI;

    private DiskVortexFlow() {
    }

    /**
     * Advances the point (x, y) for time t.
     *
     * @param out          receives x', y' and, when {@code withJacobian}, the row-major Jacobian
     *                     d(x', y')/d(x, y) in out[2..5]; may not alias anything else
     * @param withJacobian whether to compute the Jacobian too
     */
    static void advance(double x, double y, double a, double b, double gamma, double t, double[] out,
                        boolean withJacobian) {
        if (b == 0) {
            rotateAboutCentre(x, y, gamma, t, out, withJacobian);
            return;
        }
        double c = a * a / b;
        double dxB = x - b;
        double dxC = x - c;
        double u = dxB * dxB + y * y;
        double v = dxC * dxC + y * y;
        if (u == 0 || v == 0) {
            fixedSingularPoint(x, y, out, withJacobian);
            return;
        }
        double l2 = u / v;
        double lambda = Math.sqrt(l2);
        double d = 1 - l2;
        double sum = 1 + l2;
        double centre = (b - l2 * c) / d;
        double radius = lambda * (c - b) / d;
        double wx = x - centre;
        double cosQ0 = wx / radius;
        double sinQ0 = y / radius;
        double q0 = Math.atan2(sinQ0, cosQ0);
        double e = 2 * lambda / sum;
        double omega = gamma * d / (TWO_PI * radius * radius * sum);
        double q = KeplerEquation.solveReduced(e, q0 - e * sinQ0 + omega * t);
        double cosQ = Math.cos(q);
        double sinQ = Math.sin(q);
        out[0] = centre + radius * cosQ;
        out[1] = radius * sinQ;
        if (!withJacobian) {
            return;
        }
        double w2 = wx * wx + y * y;
        double slope = 1 - e * cosQ;
        for (int k = 0; k < 2; k++) {
            double du = k == 0 ? 2 * dxB : 2 * y;
            double dv = k == 0 ? 2 * dxC : 2 * y;
            double dl2 = (du - l2 * dv) / v;
            double dLambda = dl2 / (2 * lambda);
            double dCentre = dl2 * (b - c) / (d * d);
            double dRadius = (c - b) * (dLambda * d + lambda * dl2) / (d * d);
            // q0 = arg(w), w = (x - o, y) up to the sign of the radius, constant nearby
            double dq0 = k == 0 ? -y * (1 - dCentre) / w2 : (wx + y * dCentre) / w2;
            double dE = 2 * (dLambda * sum - lambda * dl2) / (sum * sum);
            double dOmega = omega * (-dl2 / d - 2 * dRadius / radius - dl2 / sum);
            double dK = dq0 * (1 - e * cosQ0) - dE * sinQ0 + dOmega * t;
            double dq = (dK + dE * sinQ) / slope;
            out[2 + k] = dCentre + dRadius * cosQ - radius * sinQ * dq;
            out[4 + k] = dRadius * sinQ + radius * cosQ * dq;
        }
    }

    /** Vortex at the centre: the circle of radius r turns by gamma t / (2 pi r^2). */
    private static void rotateAboutCentre(double x, double y, double gamma, double t, double[] out,
                                          boolean withJacobian) {
        double r2 = x * x + y * y;
        if (r2 == 0) {
            fixedSingularPoint(x, y, out, withJacobian);
            return;
        }
        double phi = gamma * t / (TWO_PI * r2);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double nx = x * cos - y * sin;
        double ny = x * sin + y * cos;
        out[0] = nx;
        out[1] = ny;
        if (withJacobian) {
            double dPhiDx = -2 * phi * x / r2;
            double dPhiDy = -2 * phi * y / r2;
            out[2] = cos - ny * dPhiDx;
            out[3] = -sin - ny * dPhiDy;
            out[4] = sin + nx * dPhiDx;
            out[5] = cos + nx * dPhiDy;
        }
    }

    private static void fixedSingularPoint(double x, double y, double[] out, boolean withJacobian) {
        out[0] = x;
        out[1] = y;
        if (withJacobian) {
            java.util.Arrays.fill(out, 2, 6, Double.NaN);
        }
    }
}
