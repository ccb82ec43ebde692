/**
 * Writing rendered frames to files: {@link org.dynamicsworkbench.render.export.PngExport} writes PNGs
 * with their resolution (pHYs) atomically. Depends on the JDK (javax.imageio) and the gl package's Frame.
 */
package org.dynamicsworkbench.render.export;
