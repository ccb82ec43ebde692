package org.dynamicsworkbench.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.charset.StandardCharsets;

/**
 * The GLSL 330 core program that draws coloured vertices: attribute 0 is the position (vec3),
 * attribute 1 the colour (normalised RGBA bytes). Lives on the GL thread only.
 */
final class CurveProgram {
    static final int POSITION = 0;
    static final int COLOR = 1;

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
            out vec4 fragColor;
            void main() {
                fragColor = vec4(vertexColor.rgb, 1.0);
            }
            """;

    private final int program;
    private final int viewProjectionLocation;
    private final int pointSizeLocation;

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

    void use(GL3 gl, float[] viewProjection, float pointSize) {
        gl.glUseProgram(program);
        gl.glUniformMatrix4fv(viewProjectionLocation, 1, false, viewProjection, 0);
        gl.glUniform1f(pointSizeLocation, pointSize);
    }

    void dispose(GL3 gl) {
        gl.glDeleteProgram(program);
    }
}
