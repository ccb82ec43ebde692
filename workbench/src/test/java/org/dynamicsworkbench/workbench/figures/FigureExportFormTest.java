package org.dynamicsworkbench.workbench.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.figure.Axis;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.Panel;
import org.dynamicsworkbench.render.figure.PublicationPreset;
import org.dynamicsworkbench.render.figure.XYData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's model and the session figure list, without a display. */
class FigureExportFormTest {
    private static final FigureSize OWN = FigureSize.millimetres(120, 80);

    @TempDir
    Path dir;

    private static FigureSpec spec(String id, boolean gl) {
        return new FigureSpec(id, "Title of " + id, OWN, gl, request -> Figure.single(id,
                Panel.of("p", Axis.linear("t"), Axis.linear("x"), LineSeries.of("s", "", XYData.of(new double[] {0, 1},
                        new double[] {0, 1}), 0xff000000)), request.size()));
    }

    private static SessionFigures twoExplorers() {
        return new SessionFigures.Builder().add("attractor-explorer", 0, List.of(spec("a.plot", false), spec("a.3d", true)))
                .add("attractor-explorer", 1, List.of(spec("a.plot", false))).build();
    }

    @Test
    void aRepeatedIdIsNumberedAndBuildsWithIt() throws Exception {
        SessionFigures figures = twoExplorers();
        assertEquals(List.of("a.plot", "a.3d", "a.plot-2"), figures.ids());
        assertEquals("Title of a.plot (tool 2)", figures.require("a.plot-2").title());
        assertEquals("a.plot-2", figures.require("a.plot-2").build(
                org.dynamicsworkbench.plugins.spi.FigureRequest.withoutOpenGl(OWN, 72)).id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> figures.require("b"));
        assertEquals("unknown figure 'b' (available: a.plot, a.3d, a.plot-2)", e.getMessage());
    }

    @Test
    void presetKeepsTheFiguresAspectAndCustomSizesAreChecked() {
        FigureExportForm form = new FigureExportForm(twoExplorers());
        form.setPreset(PublicationPreset.DOUBLE);
        assertEquals(183, form.size().widthMm(), 1e-9);
        assertEquals(122, form.size().heightMm(), 1e-9);
        form.setPreset(null);
        assertEquals("120.0", form.widthMm(), "the explicit fields start at the figure's own size");
        form.setWidthMm("89");
        form.setHeightMm("60");
        assertEquals(FigureSize.millimetres(89, 60), form.size());
        form.setWidthMm("0");
        assertEquals("figure width must be between 1 mm and 1000 mm, got 0 mm",
                assertThrows(IllegalArgumentException.class, form::size).getMessage());
        form.setWidthMm("10000");
        assertThrows(IllegalArgumentException.class, form::size);
        form.setWidthMm("wide");
        assertEquals("width (mm): 'wide' is not a number", assertThrows(IllegalArgumentException.class, form::size).getMessage());
    }

    @Test
    void validationNamesTheFieldAndTheFileGetsTheFormatsExtension() {
        FigureExportForm form = new FigureExportForm(twoExplorers());
        form.setFile(dir.resolve("figure").toString());
        form.setDpi("lots");
        assertEquals("DPI: 'lots' is not a number", assertThrows(IllegalArgumentException.class, form::validate).getMessage());
        form.setDpi("-3");
        assertEquals("DPI: must be positive, got -3", assertThrows(IllegalArgumentException.class, form::validate).getMessage());
        form.setDpi("600");
        form.setFormat(ExportFormat.PNG);
        assertEquals(dir.resolve("figure.png").toString(), form.file());
        FigureExportSettings settings = form.validate();
        assertEquals(dir.resolve("figure.png"), settings.file());
        assertEquals(ExportFormat.PNG, settings.format());
        assertEquals(600, settings.dpi());
        form.setPreset(PublicationPreset.SINGLE);
        form.setDpi("100000");
        assertTrue(assertThrows(IllegalArgumentException.class, form::validate).getMessage().startsWith("DPI: 100000 dpi makes a"));
        form.setDpi("300");
        form.setFile(dir.resolve("missing").resolve("f.svg").toString());
        assertEquals("file: folder " + dir.resolve("missing") + " does not exist",
                assertThrows(IllegalArgumentException.class, form::validate).getMessage());
        form.setFile("");
        assertEquals("file: choose where to save the figure", assertThrows(IllegalArgumentException.class, form::validate).getMessage());
    }

    @Test
    void aHeadlessWriterWithoutADisplayRefusesOnlyOpenGlFigures() {
        SessionFigures figures = twoExplorers();
        try (FigureWriter writer = FigureWriter.headless(null)) {
            assertTrue(writer.canBuild(figures.require("a.plot")));
            assertFalse(writer.canBuild(figures.require("a.3d")));
            assertEquals("figure 'a.3d' needs OpenGL, which needs a display (DISPLAY is not set; run under xvfb-run -a)",
                    writer.whyNot(figures.require("a.3d")));
        }
    }
}
