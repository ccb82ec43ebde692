/**
 * The toolkit-free description of a 3D figure: a {@link org.dynamicsworkbench.render.scene.Curve3D}
 * built from a trajectory, how it is coloured ({@link org.dynamicsworkbench.render.scene.ColorBy},
 * {@link org.dynamicsworkbench.render.scene.ColorMap}), the {@link org.dynamicsworkbench.render.scene.OrbitCamera},
 * point glyphs ({@link org.dynamicsworkbench.render.scene.Marker3D}, {@link org.dynamicsworkbench.render.scene.MarkerStyle})
 * and the whole {@link org.dynamicsworkbench.render.scene.Scene3D}. Immutable values only.
 * Depends on the JDK and the analysis module; never on JavaFX or JOGL (a painter reads these types).
 */
package org.dynamicsworkbench.render.scene;
