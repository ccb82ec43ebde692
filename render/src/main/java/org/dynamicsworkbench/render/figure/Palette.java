package org.dynamicsworkbench.render.figure;

/**
 * Colour-blind-safe categorical colours: the Okabe-Ito palette (Okabe and Ito, "Color Universal Design",
 * 2002/2008), black last. Sequences use the perceptual maps in {@link org.dynamicsworkbench.render.scene.ColorMap}
 * (viridis, cividis).
 */
public final class Palette {
    /** Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black (opaque ARGB). */
    private static final int[] OKABE_ITO = {0xffe69f00, 0xff56b4e9, 0xff009e73, 0xfff0e442, 0xff0072b2, 0xffd55e00,
            0xffcc79a7, 0xff000000};

    private Palette() {
    }

    /** The {@code index}-th Okabe-Ito colour, cycling after eight; starts with blue, vermillion, bluish green. */
    public static int category(int index) {
        // an order that keeps the first few colours far apart and avoids yellow (weak on white) early
        int[] order = {4, 5, 2, 0, 6, 1, 7, 3};
        return OKABE_ITO[order[Math.floorMod(index, order.length)]];
    }

    /** The eight Okabe-Ito colours in their published order. */
    public static int[] okabeIto() {
        return OKABE_ITO.clone();
    }
}
