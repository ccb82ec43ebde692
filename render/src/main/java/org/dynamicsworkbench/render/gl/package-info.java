/**
 * The JOGL painter of {@link org.dynamicsworkbench.render.scene.Scene3D}: {@link org.dynamicsworkbench.render.gl.GlRenderer}
 * owns one thread that makes every OpenGL call, renders into an offscreen FBO (GL 3.3 core, GLSL 330)
 * and hands back {@link org.dynamicsworkbench.render.gl.Frame}s of top-down ARGB pixels. Depends on JOGL
 * and the scene package; never on JavaFX (the fx package shows frames).
 */
package org.dynamicsworkbench.render.gl;
