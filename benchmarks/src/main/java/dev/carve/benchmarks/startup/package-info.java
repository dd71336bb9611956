/**
 * Start-up and memory of the built jars: time until actuator health is UP and the JVM's
 * resident memory then, with and without the JDK's AOT cache.
 */
@NullMarked
package dev.carve.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
