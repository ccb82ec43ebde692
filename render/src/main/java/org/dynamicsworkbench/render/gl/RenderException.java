package org.dynamicsworkbench.render.gl;

/** OpenGL is unavailable (no display, no GL 3 core profile), failed, or the renderer is closed. */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
