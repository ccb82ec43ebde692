package org.dynamicsworkbench.plugins.entropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyCollapseKind;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyConfig;
import org.dynamicsworkbench.analysis.learning.entropy.EntropyMode;
import org.dynamicsworkbench.analysis.learning.entropy.ExponentialLawFit;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.plugins.spi.FigureRequest;
import org.dynamicsworkbench.plugins.spi.FigureSpec;
import org.dynamicsworkbench.plugins.spi.ToolStateException;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.LineSeries;
import org.dynamicsworkbench.render.figure.ScatterSeries;
import org.dynamicsworkbench.render.figure.paint.FigurePainter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures a session's state exports, from real entropy runs (vanilla and Clip-Cov, 160 steps). */
class EntropyFiguresTest {
    @TempDir
    static Path session;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void train() throws Exception {
        EntropyRunFixture.train(session.resolve("vanilla"), EntropyMode.VANILLA);
        EntropyRunFixture.train(session.resolve("clip-cov"), EntropyMode.CLIP_COV);
    }

    @Test
    void sessionStateExportsFourFiguresWithTheFitOfTheExponentialLaw() throws Exception {
        List<FigureSpec> specs = new EntropyTool().figuresFor(json.readTree(
                "{\"runs\": [\"vanilla\", \"clip-cov\"], \"step\": 80, \"smoothing\": 0.5}"), session);
        assertEquals(List.of("entropy.curves", "entropy.law", "entropy.dh", "entropy.tokens"),
                specs.stream().map(FigureSpec::id).toList());
        FigureRequest request = FigureRequest.withoutOpenGl(EntropyFigures.LAW_SIZE, 150);
        Figure law = specs.get(1).build(request);

        RunHistory history = ExperimentRun.open(session.resolve("vanilla")).history();
        double[] h = history.series("entropy_train").values();
        double[] r = history.series("reward_expected").values();
        ExponentialLawFit fit = ExponentialLawFit.fit(h, r);
        ObjectNode summary = new EntropyCollapseKind().summarize(EntropyConfig.defaults(EntropyMode.VANILLA), history);
        assertEquals(summary.get("ceiling").asDouble(), fit.ceiling(), 1e-15, "the summary fits the same points");
        String expected = "vanilla: ceiling " + num(fit.ceiling()) + ", RMSE " + num(fit.rmse());
        assertEquals(expected, law.title());
        assertEquals("R = -a e^{H} + b, a = " + num(fit.a()) + ", b = " + num(fit.b()), law.panels().get(0).y().label());
        LineSeries curve = (LineSeries) law.panels().get(0).seriesById("fit-0");
        for (int i = 0; i < curve.data().size(); i++) {
            assertEquals(fit.predict(curve.data().x(i)), curve.data().y(i), 1e-12);
        }
        assertEquals(0.0, curve.data().x(0), "the law is drawn from H = 0, where it reaches the ceiling");
        ScatterSeries ceiling = (ScatterSeries) law.panels().get(0).seriesById("ceiling-0");
        assertEquals(fit.ceiling(), ceiling.data().y(0), 1e-15);

        // fit on the steps up to 160 / 8 = 20, extrapolated to the rest
        int cut = 21;
        ExponentialLawFit early = ExponentialLawFit.fit(Arrays.copyOf(h, cut), Arrays.copyOf(r, cut));
        LineSeries earlyCurve = (LineSeries) law.panels().get(0).seriesById("early-fit");
        assertEquals(early.predict(earlyCurve.data().x(5)), earlyCurve.data().y(5), 1e-12);
        double extrapolation = early.rmseOn(Arrays.copyOfRange(h, cut, h.length), Arrays.copyOfRange(r, cut, r.length));
        assertEquals(summary.get("early_fit").get("extrapolation_rmse").asDouble(), extrapolation, 1e-15);
        assertTrue(earlyCurve.label().endsWith("extrapolated: RMSE " + num(extrapolation)), earlyCurve.label());

        // the current step: a point at (H, R) of step 80 on the law, a vertical line on the curves
        ScatterSeries now = (ScatterSeries) law.panels().get(0).seriesById("now-0");
        assertEquals(h[80], now.data().x(0));
        assertEquals(r[80], now.data().y(0));
        Figure curves = specs.get(0).build(request);
        assertEquals(80, ((LineSeries) curves.panelById("entropy").seriesById("entropy-step")).data().x(0));
        assertEquals("clip-cov", curves.panelById("reward").seriesById("reward-1").label());
        Figure dh = specs.get(2).build(request);
        assertNotNull(dh.panelById("dh-scatter").seriesById("identity"));
        ScatterSeries dhNow = (ScatterSeries) dh.panelById("dh-scatter").seriesById("dh-now-0");
        assertEquals(history.series("dh_measured").valueAt(80), dhNow.data().y(0));
        assertEquals(history.series("dh_predicted").valueAt(80), dhNow.data().x(0));
        for (FigureSpec spec : specs) {
            paint(spec.build(request));
        }
    }

    @Test
    void aRunOfAnotherKindOrAMalformedStateIsRefusedNamingTheField() throws Exception {
        ToolStateException missing = assertThrows(ToolStateException.class,
                () -> new EntropyTool().figuresFor(json.readTree("{\"runs\": [\"vanilla\", \"nothing\"]}"), session));
        assertTrue(missing.getMessage().startsWith("runs[1]: 'nothing'") && missing.getMessage().contains("not a run"),
                missing.getMessage());
        ToolStateException setup = assertThrows(ToolStateException.class, () -> new EntropyStateCodec().read(
                json.readTree("{\"setup\": {\"group-size\": 1}}")));
        assertEquals("setup.group-size: must be between 2 and 4096, got 1", setup.getMessage());
        ToolStateException ratio = assertThrows(ToolStateException.class, () -> new EntropyStateCodec().read(
                json.readTree("{\"setup\": {\"clip-cov-ratio\": 1.5}}")));
        assertTrue(ratio.getMessage().startsWith("setup.clip-cov-ratio: must be a ratio in [0, 1]"), ratio.getMessage());
        ToolStateException unknown = assertThrows(ToolStateException.class, () -> new EntropyStateCodec().read(
                json.readTree("{\"run\": \"vanilla\"}")));
        assertTrue(unknown.getMessage().startsWith("run: unknown field"), unknown.getMessage());
        ToolStateException escape = assertThrows(ToolStateException.class,
                () -> new EntropyTool().figuresFor(json.readTree("{\"runs\": [\"../x\"]}"), session));
        assertTrue(escape.getMessage().contains("escapes the session's folder"), escape.getMessage());
    }

    @Test
    void stateRoundTripsThroughItsJson() throws Exception {
        EntropySetup setup = EntropySetup.defaults().withMode(EntropyMode.CLIP_HIGHER);
        assertEquals(0.28, setup.config().epsHigh(), "clip-higher brings its own upper clip");
        EntropyState state = new EntropyState(List.of("a", "b/c"), 42, 0.25, setup);
        EntropyStateCodec codec = new EntropyStateCodec();
        assertEquals(state, codec.read(codec.write(state)));
        assertEquals(EntropyState.defaults(), codec.read(json.readTree("{}")));
    }

    private static String num(double v) {
        return org.dynamicsworkbench.plugins.runs.FigureText.number(v);
    }

    private static void paint(Figure f) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(400, 300,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        FigurePainter.paint(g, f, 400, 300, org.dynamicsworkbench.render.figure.FigureTheme.screenLight(10), Double.NaN);
        g.dispose();
    }
}
