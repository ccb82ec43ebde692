package org.dynamicsworkbench.render.gl;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLCapabilitiesImmutable;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * Renders {@link Scene3D}s offscreen with OpenGL 3.3 core and returns the pixels. One dedicated thread
 * (created by {@link #start()}) makes every GL call; {@link #render} may be called from any thread and
 * completes its future on that GL thread. Renders run one at a time, in submission order.
 */
public final class GlRenderer implements AutoCloseable {
    /** Largest accepted width or height. */
    public static final int MAX_SIZE = 8192;
    /** Samples per pixel requested by {@link #start()}. */
    public static final int DEFAULT_SAMPLES = 4;
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    private final ExecutorService glThread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String glDescription;
    private final int samples;
    // The fields below are touched on the GL thread only.
    private final GLOffscreenAutoDrawable drawable;
    private final SceneDrawer drawer;
    private IntBuffer staging = IntBuffer.allocate(0);

    private GlRenderer(ExecutorService glThread, GLOffscreenAutoDrawable drawable, SceneDrawer drawer, String description) {
        this.glThread = glThread;
        this.drawable = drawable;
        this.drawer = drawer;
        this.glDescription = description;
        GLCapabilitiesImmutable chosen = drawable.getChosenGLCapabilities();
        this.samples = chosen.getSampleBuffers() ? chosen.getNumSamples() : 0;
    }

    /**
     * Starts the GL thread and creates the offscreen drawable, with {@value #DEFAULT_SAMPLES}x multisampling
     * where the driver offers it.
     *
     * @throws RenderException if there is no display or no OpenGL 3 core profile
     */
    public static GlRenderer start() {
        return start(DEFAULT_SAMPLES);
    }

    /**
     * The renderer for an interactive view: {@value #DEFAULT_SAMPLES}x multisampling on a GPU, none on a
     * software rasteriser (Mesa llvmpipe), where multisampling costs two to four times the frame time
     * (measured by the {@code bench} command).
     *
     * @throws RenderException if there is no display or no OpenGL 3 core profile
     */
    public static GlRenderer startInteractive() {
        GlRenderer renderer = start(DEFAULT_SAMPLES);
        if (renderer.samples() > 1 && renderer.isSoftwareRasterizer()) {
            renderer.close();
            return start(0);
        }
        return renderer;
    }

    /**
     * As {@link #start()} with {@code samples} samples per pixel (0 or 1: no multisampling). If the
     * driver refuses multisampling the renderer falls back to one sample per pixel.
     *
     * @throws RenderException if there is no display or no OpenGL 3 core profile
     * @throws IllegalArgumentException for a negative or absurd sample count
     */
    public static GlRenderer start(int samples) {
        if (samples < 0 || samples > 32) {
            throw new IllegalArgumentException("samples per pixel must be within 0..32, got " + samples);
        }
        if (System.getProperty("os.name", "").startsWith("Linux") && System.getenv("DISPLAY") == null) {
            throw new RenderException("no X display (DISPLAY is not set): OpenGL rendering needs an X server; "
                    + "run under xvfb-run when there is no screen");
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dynamics-workbench-gl");
            t.setDaemon(true);
            return t;
        });
        try {
            return executor.submit(() -> create(executor, samples)).get();
        } catch (ExecutionException e) {
            executor.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof RenderException re) {
                throw re;
            }
            throw new RenderException("cannot start OpenGL 3 core rendering (DISPLAY=" + System.getenv("DISPLAY") + "): "
                    + cause, cause);
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while starting the GL thread", e);
        }
    }

    /** Runs on the GL thread. */
    private static GlRenderer create(ExecutorService executor, int samples) {
        if (!GLProfile.isAvailable(GLProfile.GL3)) {
            throw new RenderException("no OpenGL 3 core profile available (DISPLAY=" + System.getenv("DISPLAY")
                    + "); run under an X server, e.g. xvfb-run");
        }
        GLProfile profile = GLProfile.get(GLProfile.GL3);
        GLOffscreenAutoDrawable drawable;
        if (samples > 1) {
            try {
                drawable = createDrawable(profile, samples);
            } catch (RuntimeException multisampleFailed) {
                drawable = createDrawable(profile, 0);
            }
        } else {
            drawable = createDrawable(profile, 0);
        }
        GLContext context = drawable.getContext();
        makeCurrent(context);
        try {
            GL3 gl = context.getGL().getGL3();
            String description = gl.glGetString(GL.GL_VERSION) + " | " + gl.glGetString(GL.GL_RENDERER);
            return new GlRenderer(executor, drawable, new SceneDrawer(gl), description);
        } catch (RuntimeException e) {
            context.release();
            drawable.destroy();
            throw e;
        } finally {
            if (context.isCurrent()) {
                context.release();
            }
        }
    }

    private static GLOffscreenAutoDrawable createDrawable(GLProfile profile, int samples) {
        GLCapabilities caps = new GLCapabilities(profile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        caps.setDoubleBuffered(false);
        caps.setAlphaBits(8);
        caps.setDepthBits(24);
        if (samples > 1) {
            caps.setSampleBuffers(true);
            caps.setNumSamples(samples);
        }
        GLOffscreenAutoDrawable drawable = GLDrawableFactory.getFactory(profile)
                .createOffscreenAutoDrawable(null, caps, null, 64, 64);
        drawable.display();
        if (drawable.getContext() == null) {
            drawable.destroy();
            throw new RenderException("the offscreen drawable has no GL context");
        }
        return drawable;
    }

    private static void makeCurrent(GLContext context) {
        if (context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new RenderException("cannot make the offscreen GL context current");
        }
    }

    /** GL_VERSION and GL_RENDERER, e.g. "4.5 (Core Profile) Mesa 22.3.6 | llvmpipe (LLVM 15.0.6, 256 bits)". */
    public String glDescription() {
        return glDescription;
    }

    /** Samples per pixel of the multisampled framebuffer, 0 where the driver offered none. */
    /** Whether GL_RENDERER names a CPU rasteriser (llvmpipe, softpipe, swrast, SwiftShader). */
    public boolean isSoftwareRasterizer() {
        String d = glDescription.toLowerCase(java.util.Locale.ROOT);
        return d.contains("llvmpipe") || d.contains("softpipe") || d.contains("swrast") || d.contains("swiftshader");
    }

    public int samples() {
        return samples;
    }

    /**
     * Renders {@code scene} at {@code width x height}. The future fails with a {@link RenderException}
     * if the renderer is closed or GL reports an error.
     *
     * @throws IllegalArgumentException for a size outside {@code [1, MAX_SIZE]}
     */
    public CompletableFuture<Frame> render(Scene3D scene, int width, int height) {
        Objects.requireNonNull(scene, "scene");
        if (width < 1 || height < 1 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("render size must be within 1.." + MAX_SIZE + " on each side, got "
                    + width + "x" + height);
        }
        if (closed.get()) {
            return CompletableFuture.failedFuture(new RenderException("renderer is closed"));
        }
        try {
            return CompletableFuture.supplyAsync(() -> renderOnGlThread(scene, width, height), glThread);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new RenderException("renderer is closed", e));
        }
    }

    private Frame renderOnGlThread(Scene3D scene, int width, int height) {
        if (closed.get()) {
            throw new RenderException("renderer is closed");
        }
        if (drawable.getSurfaceWidth() != width || drawable.getSurfaceHeight() != height) {
            drawable.setSurfaceSize(width, height);
        }
        GLContext context = drawable.getContext();
        makeCurrent(context);
        try {
            GL3 gl = context.getGL().getGL3();
            drawer.draw(gl, scene, width, height);
            drawable.swapBuffers(); // resolves the multisampled buffer into the readable one
            return readPixels(gl, width, height);
        } finally {
            context.release();
        }
    }

    private Frame readPixels(GL3 gl, int width, int height) {
        int pixels = width * height;
        if (staging.capacity() < pixels) {
            staging = ByteBuffer.allocateDirect(4 * pixels).order(ByteOrder.nativeOrder()).asIntBuffer();
        }
        staging.clear();
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, gl.getDefaultReadFramebuffer());
        gl.glReadBuffer(gl.getDefaultReadBuffer());
        gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 4);
        gl.glReadPixels(0, 0, width, height, GL.GL_BGRA, GL3.GL_UNSIGNED_INT_8_8_8_8_REV, staging);
        int error = gl.glGetError();
        if (error != GL.GL_NO_ERROR) {
            throw new RenderException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering "
                    + width + "x" + height);
        }
        int[] argb = new int[pixels];
        for (int row = 0; row < height; row++) {   // GL rows run bottom-up
            staging.get((height - 1 - row) * width, argb, row * width, width);
        }
        for (int i = 0; i < pixels; i++) {
            argb[i] |= 0xff000000;
        }
        return new Frame(width, height, argb);
    }

    /** Releases the GPU buffers and the drawable and stops the GL thread; later renders fail. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Runnable release = () -> {
            GLContext context = drawable.getContext();
            try {
                if (context != null && context.makeCurrent() != GLContext.CONTEXT_NOT_CURRENT) {
                    drawer.dispose(context.getGL().getGL3());
                    context.release();
                }
            } finally {
                drawable.destroy();
                staging = IntBuffer.allocate(0);
            }
        };
        try {
            glThread.submit(release).get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new RenderException("releasing the GL resources failed: " + e, e);
        } finally {
            glThread.shutdown();
        }
    }
}
