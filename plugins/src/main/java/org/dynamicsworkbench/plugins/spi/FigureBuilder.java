package org.dynamicsworkbench.plugins.spi;

import org.dynamicsworkbench.render.figure.Figure;

/** Builds one figure for a request; see {@link FigureSpec}. May block and may run on any thread. */
@FunctionalInterface
public interface FigureBuilder {

    /** The figure at {@code request.size()}; its id is the spec's id. */
    Figure build(FigureRequest request) throws Exception;
}
