/**
 * Session files: the immutable {@link org.dynamicsworkbench.workbench.session.Session} value, its JSON
 * codec (Jackson tree model only, every field validated), the store that reads and writes files atomically,
 * the resolution of relative paths inside a session's folder, and the list of recently opened files.
 * Toolkit-free: no JavaFX, no JOGL, no tool implementation (tools are known here only by id).
 */
package org.dynamicsworkbench.workbench.session;
