package org.dynamicsworkbench.render.gl;

import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One vertex array with a position buffer (3 floats per vertex) and a colour buffer (4 normalised
 * bytes per vertex), each re-filled on demand through a reusable direct staging buffer. GL thread only.
 */
final class VertexBuffers {
    private final int vertexArray;
    private final int positionBuffer;
    private final int colorBuffer;
    private int vertexCount;
    private FloatBuffer positionStaging = FloatBuffer.allocate(0);
    private ByteBuffer colorStaging = ByteBuffer.allocate(0);

    VertexBuffers(GL3 gl) {
        int[] ids = new int[2];
        gl.glGenVertexArrays(1, ids, 0);
        vertexArray = ids[0];
        gl.glGenBuffers(2, ids, 0);
        positionBuffer = ids[0];
        colorBuffer = ids[1];
        gl.glBindVertexArray(vertexArray);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, positionBuffer);
        gl.glVertexAttribPointer(CurveProgram.POSITION, 3, GL3.GL_FLOAT, false, 12, 0L);
        gl.glEnableVertexAttribArray(CurveProgram.POSITION);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, colorBuffer);
        gl.glVertexAttribPointer(CurveProgram.COLOR, 4, GL3.GL_UNSIGNED_BYTE, true, 4, 0L);
        gl.glEnableVertexAttribArray(CurveProgram.COLOR);
        gl.glBindVertexArray(0);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, 0);
    }

    int vertexCount() {
        return vertexCount;
    }

    /** A cleared staging buffer with room for {@code vertices} positions; fill it, then call {@link #uploadPositions}. */
    FloatBuffer positionStaging(int vertices) {
        if (positionStaging.capacity() < 3 * vertices) {
            positionStaging = ByteBuffer.allocateDirect(12 * vertices).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        positionStaging.clear();
        return positionStaging;
    }

    void uploadPositions(GL3 gl) {
        positionStaging.flip();
        vertexCount = positionStaging.remaining() / 3;
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, positionBuffer);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, 4L * positionStaging.remaining(), positionStaging, GL3.GL_STATIC_DRAW);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, 0);
    }

    /** A cleared staging buffer with room for {@code vertices} RGBA colours; fill it, then call {@link #uploadColors}. */
    ByteBuffer colorStaging(int vertices) {
        if (colorStaging.capacity() < 4 * vertices) {
            colorStaging = ByteBuffer.allocateDirect(4 * vertices).order(ByteOrder.nativeOrder());
        }
        colorStaging.clear();
        return colorStaging;
    }

    void uploadColors(GL3 gl) {
        colorStaging.flip();
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, colorBuffer);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, colorStaging.remaining(), colorStaging, GL3.GL_STATIC_DRAW);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, 0);
    }

    void draw(GL3 gl, int primitive) {
        if (vertexCount == 0) {
            return;
        }
        gl.glBindVertexArray(vertexArray);
        gl.glDrawArrays(primitive, 0, vertexCount);
        gl.glBindVertexArray(0);
    }

    void dispose(GL3 gl) {
        gl.glDeleteBuffers(2, new int[] {positionBuffer, colorBuffer}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vertexArray}, 0);
        positionStaging = FloatBuffer.allocate(0);
        colorStaging = ByteBuffer.allocate(0);
    }
}
