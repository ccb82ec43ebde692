/** Progress and cancellation callbacks shared by every long computation. Plain Java, no toolkit. */
package org.dynamicsworkbench.analysis.task;
