/**
 * The toolkit-free 2D figure model: a {@link org.dynamicsworkbench.render.figure.Figure} of
 * {@link org.dynamicsworkbench.render.figure.Panel}s holding {@link org.dynamicsworkbench.render.figure.Series}
 * (line, scatter, bar, heat map, contour, vector field, raster image), axes with linear or log scales, sizes
 * and publication presets, palettes, themes, the TeX-like label markup
 * ({@link org.dynamicsworkbench.render.figure.RichText}) and the pure numerics behind figures (tick generation,
 * marching-squares contours). Immutable records, no AWT, JavaFX or OpenGL: depends on the JDK, the scene
 * package's {@link org.dynamicsworkbench.render.scene.ColorMap} and the gl package's pixel-only
 * {@link org.dynamicsworkbench.render.gl.Frame}.
 */
package org.dynamicsworkbench.render.figure;
