/**
 * JavaFX presentation of GL frames: {@link org.dynamicsworkbench.render.fx.Attractor3DView} shows the
 * frames of a {@link org.dynamicsworkbench.render.gl.GlRenderer} in an ImageView backed by a PixelBuffer
 * and turns mouse gestures into camera changes. Touches the scene graph on the FX thread only and
 * never calls GL itself.
 */
package org.dynamicsworkbench.render.fx;
