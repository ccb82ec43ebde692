/** Figures: the toolkit-free scene model, the JOGL renderer, the JavaFX view of its frames, export. */
package org.dynamicsworkbench.render;
