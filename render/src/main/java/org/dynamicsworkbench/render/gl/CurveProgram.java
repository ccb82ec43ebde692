package org.dynamicsworkbench.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.charset.StandardCharsets;

/**
 * The GLSL 330 core program that draws coloured vertices: attribute 0 is the position (vec3),
 * attribute 1 the colour (normalised RGBA bytes). Points can be cut into glyphs: with {@link #RING} the fragments
 * nearer the point's centre than {@code cutout} (a fraction of its half size, square distance) are discarded, with
 * {@link #CROSS} those farther than {@code cutout} from both axes through the centre. Lives on the GL thread only.
 */
final class CurveProgram {
    static final int POSITION = 0;
    static final int COLOR = 1;
    /** Glyphs for {@link #use(GL3, float[], float, int, float)}: whole squares (lines and curve points too). */
    static final int SQUARE = 0;
    /** A square frame: the centre square of relative size {@code cutout} is left out. */
    static final int RING = 1;
    /** A plus sign whose arms are {@code cutout} of the size wide. */
    static final int CROSS = 2;

    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 position;
            layout(location = 1) in vec4 color;
            uniform mat4 viewProjection;
            uniform float pointSize;
            out vec4 vertexColor;
            void main() {
                gl_Position = viewProjection * vec4(position, 1.0);
                gl_PointSize = pointSize;
                vertexColor = color;
            }
            """;

    private static final String FRAGMENT = """
            #version 330 core
            in vec4 vertexColor;
            uniform int glyph;
            uniform float cutout;
            out vec4 fragColor;
            void main() {
                if (glyph != 0) {
                    vec2 d = abs(gl_PointCoord - vec2(0.5)) * 2.0;
                    if (glyph == 1 && max(d.x, d.y) < cutout || glyph == 2 && min(d.x, d.y) > cutout) {
                        discard;
                    }
                }
                fragColor = vec4(vertexColor.rgb, 1.0);
            }
            """;

    private final int program;
    private final int viewProjectionLocation;
    private final int pointSizeLocation;
    private final int glyphLocation;
    private final int cutoutLocation;

    CurveProgram(GL3 gl) {
        int vs = compile(gl, GL3.GL_VERTEX_SHADER, VERTEX, "vertex");
        int fs = compile(gl, GL3.GL_FRAGMENT_SHADER, FRAGMENT, "fragment");
        program = gl.glCreateProgram();
        gl.glAttachShader(program, vs);
        gl.glAttachShader(program, fs);
        gl.glLinkProgram(program);
        gl.glDeleteShader(vs);
        gl.glDeleteShader(fs);
        int[] status = new int[1];
        gl.glGetProgramiv(program, GL3.GL_LINK_STATUS, status, 0);
        if (status[0] == 0) {
            String log = programLog(gl, program);
            gl.glDeleteProgram(program);
            throw new RenderException("linking the curve shader failed: " + log);
        }
        viewProjectionLocation = gl.glGetUniformLocation(program, "viewProjection");
        pointSizeLocation = gl.glGetUniformLocation(program, "pointSize");
        glyphLocation = gl.glGetUniformLocation(program, "glyph");
        cutoutLocation = gl.glGetUniformLocation(program, "cutout");
    }

    private static int compile(GL3 gl, int type, String source, String what) {
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {source}, null, 0);
        gl.glCompileShader(shader);
        int[] status = new int[1];
        gl.glGetShaderiv(shader, GL3.GL_COMPILE_STATUS, status, 0);
        if (status[0] == 0) {
            int[] length = new int[1];
            gl.glGetShaderiv(shader, GL3.GL_INFO_LOG_LENGTH, length, 0);
            byte[] log = new byte[Math.max(1, length[0])];
            gl.glGetShaderInfoLog(shader, log.length, length, 0, log, 0);
            gl.glDeleteShader(shader);
            throw new RenderException("compiling the " + what + " shader failed: "
                    + new String(log, 0, length[0], StandardCharsets.UTF_8).trim());
        }
        return shader;
    }

    private static String programLog(GL3 gl, int program) {
        int[] length = new int[1];
        gl.glGetProgramiv(program, GL3.GL_INFO_LOG_LENGTH, length, 0);
        byte[] log = new byte[Math.max(1, length[0])];
        gl.glGetProgramInfoLog(program, log.length, length, 0, log, 0);
        return new String(log, 0, length[0], StandardCharsets.UTF_8).trim();
    }

    /** Whole primitives: lines and square points. */
    void use(GL3 gl, float[] viewProjection, float pointSize) {
        use(gl, viewProjection, pointSize, SQUARE, 0f);
    }

    /** Points of {@code pointSize} pixels cut into {@code glyph} ({@link #SQUARE}, {@link #RING}, {@link #CROSS}). */
    void use(GL3 gl, float[] viewProjection, float pointSize, int glyph, float cutout) {
        gl.glUseProgram(program);
        gl.glUniformMatrix4fv(viewProjectionLocation, 1, false, viewProjection, 0);
        gl.glUniform1f(pointSizeLocation, pointSize);
        gl.glUniform1i(glyphLocation, glyph);
        gl.glUniform1f(cutoutLocation, cutout);
    }

    void dispose(GL3 gl) {
        gl.glDeleteProgram(program);
    }
}
