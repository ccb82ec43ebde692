package org.dynamicsworkbench.render.scene;

/**
 * A perspective camera orbiting a target point, with the world z axis up. The eye sits at
 * {@code target + distance * (cos(pitch) cos(yaw), cos(pitch) sin(yaw), sin(pitch))}. {@code fovDeg}
 * is the field of view across the narrower side of the image.
 */
public record OrbitCamera(double yawDeg, double pitchDeg, double distance, double targetX, double targetY,
                          double targetZ, double fovDeg) {

    /** Largest |pitch|; at +-90 the view direction would be parallel to the up axis. */
    public static final double MAX_PITCH_DEG = 89.0;
    public static final double DEFAULT_YAW_DEG = -60.0;
    public static final double DEFAULT_PITCH_DEG = 20.0;
    public static final double DEFAULT_FOV_DEG = 35.0;
    /** Near and far planes as fractions/multiples of the distance. */
    private static final double NEAR_FRACTION = 0.01;
    private static final double FAR_MULTIPLE = 100.0;
    /** Margin around the bounding sphere when fitting. */
    private static final double FIT_MARGIN = 1.05;

    public OrbitCamera {
        requireFinite("yaw", yawDeg);
        requireFinite("pitch", pitchDeg);
        requireFinite("distance", distance);
        requireFinite("target x", targetX);
        requireFinite("target y", targetY);
        requireFinite("target z", targetZ);
        requireFinite("field of view", fovDeg);
        if (distance <= 0) {
            throw new IllegalArgumentException("camera distance must be > 0, got " + distance);
        }
        if (Math.abs(pitchDeg) > MAX_PITCH_DEG) {
            throw new IllegalArgumentException("camera pitch must be within +-" + MAX_PITCH_DEG + " degrees, got " + pitchDeg);
        }
        if (fovDeg < 1 || fovDeg > 170) {
            throw new IllegalArgumentException("camera field of view must be in [1, 170] degrees, got " + fovDeg);
        }
    }

    private static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("camera " + what + " must be finite, got " + value);
        }
    }

    /** A camera at the default oblique angle that shows the whole box (for any aspect ratio). */
    public static OrbitCamera fitting(Bounds3D b) {
        double radius = 0.5 * b.diagonal();
        if (!(radius > 0)) {
            radius = 1.0;
        }
        double halfFov = Math.toRadians(DEFAULT_FOV_DEG) / 2;
        double distance = FIT_MARGIN * radius / Math.sin(halfFov);
        return new OrbitCamera(DEFAULT_YAW_DEG, DEFAULT_PITCH_DEG, distance, b.centerX(), b.centerY(), b.centerZ(),
                DEFAULT_FOV_DEG);
    }

    /** Turned by the given angles; yaw wraps into [-180, 180), pitch is clamped to +-89 degrees. */
    public OrbitCamera rotated(double dYawDeg, double dPitchDeg) {
        double yaw = yawDeg + dYawDeg;
        yaw = yaw - 360.0 * Math.floor((yaw + 180.0) / 360.0);
        double pitch = Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, pitchDeg + dPitchDeg));
        return new OrbitCamera(yaw, pitch, distance, targetX, targetY, targetZ, fovDeg);
    }

    /** Moved towards the target: {@code zoomed(2)} halves the distance. */
    public OrbitCamera zoomed(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be a positive finite number, got " + factor);
        }
        return new OrbitCamera(yawDeg, pitchDeg, distance / factor, targetX, targetY, targetZ, fovDeg);
    }

    /**
     * Target (and eye) shifted in the screen plane by {@code dxFraction * distance} to the right and
     * {@code dyFraction * distance} up.
     */
    public OrbitCamera panned(double dxFraction, double dyFraction) {
        double[] basis = basis();
        double sx = dxFraction * distance;
        double sy = dyFraction * distance;
        return new OrbitCamera(yawDeg, pitchDeg, distance,
                targetX + basis[0] * sx + basis[3] * sy,
                targetY + basis[1] * sx + basis[4] * sy,
                targetZ + basis[2] * sx + basis[5] * sy,
                fovDeg);
    }

    /** The eye position x, y, z. */
    public double[] eye() {
        double yaw = Math.toRadians(yawDeg);
        double pitch = Math.toRadians(pitchDeg);
        double cp = Math.cos(pitch);
        return new double[] {
            targetX + distance * cp * Math.cos(yaw),
            targetY + distance * cp * Math.sin(yaw),
            targetZ + distance * Math.sin(pitch)};
    }

    /** Screen right, screen up and viewing direction (towards the target), 9 numbers. */
    private double[] basis() {
        double yaw = Math.toRadians(yawDeg);
        double pitch = Math.toRadians(pitchDeg);
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        double fx = -cp * cy, fy = -cp * sy, fz = -sp;   // forward
        double rx = -sy, ry = cy, rz = 0;                // forward x world-up, normalised
        double ux = ry * fz - rz * fy;                   // right x forward
        double uy = rz * fx - rx * fz;
        double uz = rx * fy - ry * fx;
        return new double[] {rx, ry, rz, ux, uy, uz, fx, fy, fz};
    }

    /**
     * Projection times view, column-major (element (row, col) at {@code [col * 4 + row]}), for an image
     * of width/height {@code aspect}. Near plane at 1% of the distance, far plane at 100 times it.
     */
    public float[] viewProjection(double aspect) {
        if (!(aspect > 0) || !Double.isFinite(aspect)) {
            throw new IllegalArgumentException("aspect ratio must be a positive finite number, got " + aspect);
        }
        double[] b = basis();
        double[] eye = eye();
        double tanHalf = Math.tan(Math.toRadians(fovDeg) / 2);
        double tanHalfY = aspect >= 1 ? tanHalf : tanHalf / aspect;
        double f = 1.0 / tanHalfY;
        double near = distance * NEAR_FRACTION;
        double far = distance * FAR_MULTIPLE;
        double a = f / aspect;
        double c = (far + near) / (near - far);
        double d = 2 * far * near / (near - far);
        // view rows: right, up, -forward; translation -dot(row, eye)
        double[][] view = {
            {b[0], b[1], b[2], -(b[0] * eye[0] + b[1] * eye[1] + b[2] * eye[2])},
            {b[3], b[4], b[5], -(b[3] * eye[0] + b[4] * eye[1] + b[5] * eye[2])},
            {-b[6], -b[7], -b[8], b[6] * eye[0] + b[7] * eye[1] + b[8] * eye[2]}};
        float[] m = new float[16];
        for (int col = 0; col < 4; col++) {
            m[col * 4] = (float) (a * view[0][col]);
            m[col * 4 + 1] = (float) (f * view[1][col]);
            m[col * 4 + 2] = (float) (c * view[2][col] + (col == 3 ? d : 0));
            m[col * 4 + 3] = (float) (-view[2][col]);
        }
        return m;
    }
}
