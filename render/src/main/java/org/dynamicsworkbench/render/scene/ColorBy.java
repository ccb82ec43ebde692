package org.dynamicsworkbench.render.scene;

import java.util.Locale;

/**
 * What scalar colours a curve: the time index, the speed (step length in state space), one state
 * component, or explicit per-point values the curve carries ({@link Curve3D#withValues}, e.g. an
 * eigenfunction evaluated on the trajectory). {@code component} is the state index for
 * {@link Mode#COMPONENT} and -1 otherwise.
 */
public record ColorBy(Mode mode, int component) {

    /** The kind of scalar. */
    public enum Mode { TIME, SPEED, COMPONENT, VALUES }

    private static final String COMPONENT_PREFIX = "component:";
    private static final String[] AXIS_NAMES = {"x", "y", "z"};

    public ColorBy {
        if (mode == null) {
            throw new IllegalArgumentException("colour-by mode must not be null");
        }
        if (mode == Mode.COMPONENT && component < 0) {
            throw new IllegalArgumentException("colour-by component index must be >= 0, got " + component);
        }
        if (mode != Mode.COMPONENT && component != -1) {
            throw new IllegalArgumentException("colour-by " + mode + " takes no component (use -1), got " + component);
        }
    }

    public static ColorBy time() {
        return new ColorBy(Mode.TIME, -1);
    }

    public static ColorBy speed() {
        return new ColorBy(Mode.SPEED, -1);
    }

    /** The curve's own per-point values ({@link Curve3D#withValues}). */
    public static ColorBy values() {
        return new ColorBy(Mode.VALUES, -1);
    }

    public static ColorBy component(int index) {
        return new ColorBy(Mode.COMPONENT, index);
    }

    /** "time", "speed", "values", "x", "y", "z", or "component:N" for N >= 3. */
    public String id() {
        return switch (mode) {
            case TIME -> "time";
            case SPEED -> "speed";
            case VALUES -> "values";
            case COMPONENT -> component < AXIS_NAMES.length ? AXIS_NAMES[component] : COMPONENT_PREFIX + component;
        };
    }

    /**
     * Parses an {@link #id()}; also accepts "component:N" for any N >= 0. Case-insensitive. "values" is not
     * accepted: a curve's values come from the program that builds it, never from a user's setting.
     */
    public static ColorBy fromId(String id) {
        String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "time":
                return time();
            case "speed":
                return speed();

            case "x":
                return component(0);
            case "y":
                return component(1);
            case "z":
                return component(2);
            default:
                break;
        }
        if (s.startsWith(COMPONENT_PREFIX)) {
            String digits = s.substring(COMPONENT_PREFIX.length());
            try {
                int index = Integer.parseInt(digits);
                if (index >= 0) {
                    return component(index);
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("unknown colour-by '" + id
                + "' (valid: time, speed, x, y, z, component:N with N >= 0)");
    }
}
