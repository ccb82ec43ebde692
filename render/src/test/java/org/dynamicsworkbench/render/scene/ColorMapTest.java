package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorMapTest {

    @Test
    void endpointsMatchThePublishedMaps() {
        assertEquals(0xff440154, ColorMap.VIRIDIS.argb(0));
        assertEquals(0xfffde725, ColorMap.VIRIDIS.argb(1));
        assertEquals(0xff21918c, ColorMap.VIRIDIS.argb(0.5));
        assertEquals(0xff000004, ColorMap.MAGMA.argb(0));
        assertEquals(0xfffcfdbf, ColorMap.MAGMA.argb(1));
        assertEquals(0xfffcffa4, ColorMap.INFERNO.argb(1));
        assertEquals(0xff0d0887, ColorMap.PLASMA.argb(0));
        assertEquals(0xff30123b, ColorMap.TURBO.argb(0));
        assertEquals(0xff7a0403, ColorMap.TURBO.argb(1));
    }

    @Test
    void clampsOutOfRangeAndNaN() {
        assertEquals(ColorMap.VIRIDIS.argb(0), ColorMap.VIRIDIS.argb(-3));
        assertEquals(ColorMap.VIRIDIS.argb(1), ColorMap.VIRIDIS.argb(7));
        assertEquals(ColorMap.VIRIDIS.argb(0), ColorMap.VIRIDIS.argb(Double.NaN));
    }

    @Test
    void interpolatesLinearlyBetweenAnchors() {
        // halfway between the first two viridis anchors 0x440154 and 0x48186a
        int mid = ColorMap.VIRIDIS.argb(1 / 32.0);
        assertEquals(0x46, (mid >> 16) & 0xff);
        assertEquals(0x0d, (mid >> 8) & 0xff, 1);
        assertEquals(0x5f, mid & 0xff);
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void rgbAgreesWithArgb(ColorMap map) {
        float[] rgb = new float[5];
        for (int i = 0; i <= 100; i++) {
            double t = i / 100.0;
            map.rgb(t, rgb, 2);
            int argb = map.argb(t);
            assertArrayEquals(new float[] {((argb >> 16) & 0xff) / 255f, ((argb >> 8) & 0xff) / 255f, (argb & 0xff) / 255f},
                    new float[] {rgb[2], rgb[3], rgb[4]}, 0.5f / 255f + 1e-6f, map + " at " + t);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ColorMap.class, names = {"VIRIDIS", "CIVIDIS", "MAGMA", "INFERNO", "PLASMA"})
    void luminanceIncreasesMonotonically(ColorMap map) {
        float[] rgb = new float[3];
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            map.rgb(i / 1000.0, rgb, 0);
            double y = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
            assertTrue(y > previous, map + ": luminance " + y + " at t=" + i / 1000.0 + " not above " + previous);
            previous = y;
        }
    }

    private static double linear(double srgb) {
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }

    @Test
    void idsRoundTripAndUnknownIdsListTheValidOnes() {
        for (ColorMap map : ColorMap.values()) {
            assertEquals(map, ColorMap.fromId(map.id()));
        }
        assertEquals("viridis", ColorMap.VIRIDIS.id());
        assertEquals(ColorMap.TURBO, ColorMap.fromId("Turbo"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColorMap.fromId("jet"));
        assertTrue(e.getMessage().contains("'jet'") && e.getMessage().contains("viridis, cividis, magma, plasma, inferno, turbo"),
                e.getMessage());
    }
}
