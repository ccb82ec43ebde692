package org.dynamicsworkbench.workbench.cli;

import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.workbench.bench.BenchPlan;
import org.dynamicsworkbench.workbench.bench.RenderBenchmark;
import org.dynamicsworkbench.workbench.bench.Timing;

/**
 * The GL rows of {@code bench}, in their own class so that only a run with a display loads JOGL. The slider
 * round trip and the frame time use the renderer the window uses ({@link GlRenderer#startInteractive()});
 * when that one has no multisampling, the frame time is measured again with {@value GlRenderer#DEFAULT_SAMPLES}x
 * multisampling (what PNG export from the command line uses) for comparison.
 */
record GlBenchRows(String glDescription, List<Timing> timings) {

    /** Runs the rows; if OpenGL cannot start they are reported as skipped with the reason. */
    static GlBenchRows run(BenchPlan plan) {
        GlRenderer renderer;
        try {
            renderer = GlRenderer.startInteractive();
        } catch (RenderException e) {
            String reason = "OpenGL unavailable: " + e.getMessage();
            return new GlBenchRows("unavailable", List.of(Timing.skipped("slider round trip", reason),
                    Timing.skipped("frame time", reason)));
        }
        List<Timing> rows = new ArrayList<>();
        String description;
        boolean multisampled;
        try (renderer) {
            description = renderer.glDescription();
            multisampled = renderer.samples() > 1;
            RenderBenchmark bench = new RenderBenchmark(renderer);
            rows.add(bench.sliderRoundTrip(plan));
            rows.add(bench.frameTime(plan));
        }
        if (!multisampled) {
            try (GlRenderer msaa = GlRenderer.start()) {
                if (msaa.samples() > 1) {
                    rows.add(new RenderBenchmark(msaa).frameTime(plan));
                }
            }
        }
        return new GlBenchRows(description, List.copyOf(rows));
    }
}
