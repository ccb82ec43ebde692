package org.dynamicsworkbench.workbench.cli;

import java.util.List;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.workbench.bench.BenchPlan;
import org.dynamicsworkbench.workbench.bench.RenderBenchmark;
import org.dynamicsworkbench.workbench.bench.Timing;

/** The GL rows of {@code bench}, in their own class so that only a run with a display loads JOGL. */
record GlBenchRows(String glDescription, List<Timing> timings) {

    /** Runs both rows; if OpenGL cannot start they are reported as skipped with the reason. */
    static GlBenchRows run(BenchPlan plan) {
        GlRenderer renderer;
        try {
            renderer = GlRenderer.start();
        } catch (RenderException e) {
            String reason = "OpenGL unavailable: " + e.getMessage();
            return new GlBenchRows("unavailable", List.of(Timing.skipped("slider round trip", reason),
                    Timing.skipped("frame time", reason)));
        }
        try (renderer) {
            RenderBenchmark bench = new RenderBenchmark(renderer);
            return new GlBenchRows(renderer.glDescription(), List.of(bench.sliderRoundTrip(plan), bench.frameTime(plan)));
        }
    }
}
