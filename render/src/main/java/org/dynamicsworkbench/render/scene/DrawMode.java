package org.dynamicsworkbench.render.scene;

/** How a curve's points are drawn: joined as a polyline, or as separate points. */
public enum DrawMode { LINE, POINTS }
