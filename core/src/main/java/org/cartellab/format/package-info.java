/**
 * Number formatting shared by every surface (terminal, report, JSON messages, web sentences made on the server): signed
 * percentage changes, shares of draws and amounts, each with one precision and never a negative zero. Pure; depends on
 * the JDK only.
 */
package org.cartellab.format;
