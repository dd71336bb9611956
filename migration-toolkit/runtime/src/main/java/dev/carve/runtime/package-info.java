/**
 * The Carve runtime: a Spring Boot starter that makes a module extraction-ready.
 */
@NullMarked
package dev.carve.runtime;

import org.jspecify.annotations.NullMarked;
