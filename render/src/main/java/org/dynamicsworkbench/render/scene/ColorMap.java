package org.dynamicsworkbench.render.scene;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Perceptual colour maps for a scalar in [0, 1]. Each map is a table of 17 sRGB anchors sampled at
 * {@code k / 16} from the published map (matplotlib's viridis, magma, inferno, plasma and cividis;
 * Google's turbo), linearly interpolated in sRGB between anchors.
 */
public enum ColorMap {
    VIRIDIS(0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
            0x1f9f88, 0x27ad81, 0x3dbc74, 0x5cc863, 0x81d34d, 0xaadc32, 0xd5e21a, 0xfde725),
    CIVIDIS(0x002051, 0x012b65, 0x11366c, 0x26426e, 0x3c4d6e, 0x51586e, 0x62646f, 0x727071, 0x7f7c75,
            0x8c8877, 0x9a9478, 0xa9a177, 0xbbaf71, 0xcebd68, 0xe2cb5c, 0xf3da4f, 0xfdea45),
    MAGMA(0x000004, 0x0a0822, 0x1d1147, 0x36106b, 0x51127c, 0x6a1c81, 0x832681, 0x9c2e7f, 0xb73779,
            0xcf4070, 0xe55064, 0xf4695c, 0xfb8761, 0xfea571, 0xfec287, 0xfde0a1, 0xfcfdbf),
    PLASMA(0x0d0887, 0x310597, 0x4c02a1, 0x6600a7, 0x7e03a8, 0x9511a1, 0xaa2395, 0xbc3587, 0xcc4778,
            0xd9586a, 0xe56b5d, 0xf07f4f, 0xf89441, 0xfdab33, 0xfdc328, 0xf9dd25, 0xf0f921),
    INFERNO(0x000004, 0x0b0724, 0x210c4a, 0x3d0965, 0x57106e, 0x71196e, 0x8a226a, 0xa32c61, 0xbc3754,
            0xd04545, 0xe35933, 0xf1711f, 0xf98c0a, 0xfcaa0f, 0xf9c932, 0xf2e865, 0xfcffa4),
    TURBO(0x30123b, 0x4040a2, 0x466be3, 0x4294ff, 0x28bceb, 0x18ddc2, 0x32f298, 0x6dfe62, 0xa4fc3c,
            0xcbed34, 0xecd13a, 0xfdae35, 0xfb8122, 0xec530f, 0xd23105, 0xac1701, 0x7a0403);

    /** Anchor channels in [0, 1], three per anchor (r, g, b). */
    private final float[] anchors;
    private final int segments;

    ColorMap(int... rgbAnchors) {
        anchors = new float[rgbAnchors.length * 3];
        for (int i = 0; i < rgbAnchors.length; i++) {
            anchors[3 * i] = ((rgbAnchors[i] >> 16) & 0xff) / 255f;
            anchors[3 * i + 1] = ((rgbAnchors[i] >> 8) & 0xff) / 255f;
            anchors[3 * i + 2] = (rgbAnchors[i] & 0xff) / 255f;
        }
        segments = rgbAnchors.length - 1;
    }

    /** Lower-case identifier used in sessions and on the command line ("viridis"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The map with this {@link #id()} (case-insensitive). */
    public static ColorMap fromId(String id) {
        for (ColorMap map : values()) {
            if (map.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return map;
            }
        }
        throw new IllegalArgumentException("unknown colour map '" + id + "' (valid: "
                + Arrays.stream(values()).map(ColorMap::id).collect(Collectors.joining(", ")) + ")");
    }

    /** Writes r, g, b in [0, 1] for {@code t} (clamped to [0, 1]; NaN counts as 0) at {@code dst[offset..offset+2]}. */
    public void rgb(double t, float[] dst, int offset) {
        double s = (t > 0 ? Math.min(t, 1.0) : 0.0) * segments;
        int i = Math.min((int) s, segments - 1);
        float f = (float) (s - i);
        int a = 3 * i;
        for (int c = 0; c < 3; c++) {
            float lo = anchors[a + c];
            dst[offset + c] = lo + (anchors[a + 3 + c] - lo) * f;
        }
    }

    /** Opaque ARGB colour for {@code t} (clamped to [0, 1]; NaN counts as 0). */
    public int argb(double t) {
        double s = (t > 0 ? Math.min(t, 1.0) : 0.0) * segments;
        int i = Math.min((int) s, segments - 1);
        double f = s - i;
        int a = 3 * i;
        int argb = 0xff000000;
        for (int c = 0; c < 3; c++) {
            double lo = anchors[a + c];
            double value = lo + (anchors[a + 3 + c] - lo) * f;
            argb |= ((int) Math.round(value * 255.0)) << (16 - 8 * c);
        }
        return argb;
    }
}
