/**
 * The measurements behind the {@code bench} command: timing statistics, the RK4 benchmark with its
 * hand-inlined peer (the floor), and the GL benchmarks (slider round trip, frame time) that need a display.
 * Results are plain values; printing them is the command's job.
 */
package org.dynamicsworkbench.workbench.bench;
