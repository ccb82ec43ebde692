/** Tools of the workbench: the plugin SPI ({@code spi}) and the built-in tools, one package each. */
package org.dynamicsworkbench.plugins;
