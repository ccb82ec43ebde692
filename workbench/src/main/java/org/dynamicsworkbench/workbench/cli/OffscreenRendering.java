package org.dynamicsworkbench.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.explorer.ExplorerState;
import org.dynamicsworkbench.plugins.explorer.SceneComposer;
import org.dynamicsworkbench.render.export.PngExport;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.gl.RenderException;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The GL side of {@code render}, kept in its own class so that only this command loads JOGL. Draws an
 * explorer state exactly as the explorer does ({@link SceneComposer}), offscreen at the requested size.
 */
final class OffscreenRendering {
    static final int MAX_SIZE = GlRenderer.MAX_SIZE;

    private OffscreenRendering() {
    }

    /** Integrates, renders and writes the PNG atomically. @return the number of points drawn */
    static int renderToPng(ExplorerState state, int width, int height, Path file, double dpi)
            throws IOException, InterruptedException {
        Scene3D scene = SceneComposer.integrateAndCompose(state, ProgressListener.NONE, CancellationToken.NEVER);
        Frame frame;
        try (GlRenderer renderer = GlRenderer.start()) {
            frame = renderer.render(scene, width, height).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException re ? re : new RenderException("rendering failed: " + cause, cause);
        }
        PngExport.write(frame, file, dpi);
        return scene.curve().pointCount();
    }
}
