/**
 * The PECCARY tool: ordinal-pattern permutation entropy H and statistical complexity C of one or more series
 * (catalog coordinates or file columns) on the complexity-entropy plane with its exact bounds and shaded regions,
 * a tau sweep drawn as a path, a pattern histogram and peccary's ideal-sampling advice. State and codec, the
 * background analysis and the figures are toolkit-free; {@code PeccaryViewModel} holds the FX-thread state and
 * {@code PeccaryView} the controls. Depends on analysis (ordinal), render (figures), the tool SPI and
 * {@code plugins.series}.
 */
package org.dynamicsworkbench.plugins.peccary;
