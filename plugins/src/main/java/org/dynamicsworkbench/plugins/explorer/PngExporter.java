package org.dynamicsworkbench.plugins.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.render.export.PngExport;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * Exports a scene as a PNG by rendering it offscreen at the requested pixel size (not by grabbing the
 * screen) and writing it atomically with its DPI. Blocks: run it off the FX thread.
 */
final class PngExporter {

    private PngExporter() {
    }

    /**
     * @throws IOException if the file cannot be written (nothing is left behind)
     * @throws ExecutionException if rendering fails
     * @throws org.dynamicsworkbench.analysis.task.CancelledException if cancelled before writing
     */
    static Path export(GlRenderer renderer, Scene3D scene, ExportSettings settings, Path file,
                       CancellationToken cancel) throws IOException, ExecutionException, InterruptedException {
        Frame frame = renderer.render(scene, settings.width(), settings.height()).get();
        cancel.throwIfCancelled();
        PngExport.write(frame, file, settings.dpi());
        return file;
    }

    /** {@code file} with ".png" appended unless its name already ends with it (ignoring case). */
    static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }
}
