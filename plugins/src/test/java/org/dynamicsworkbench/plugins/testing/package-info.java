/** Test doubles shared by the tools' tests: controllable and real background tasks and a recording context. */
package org.dynamicsworkbench.plugins.testing;
