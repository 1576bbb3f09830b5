/**
 * The engine-neutral model vocabulary shared by both engines: the weekly table and its columns, parameter
 * schedules and interventions, and the numerical-trouble exception. <p>Dependencies: Depends on nothing else in
 * the project (the JDK only). Every other package may use it.
 */
package org.cartellab.model;
