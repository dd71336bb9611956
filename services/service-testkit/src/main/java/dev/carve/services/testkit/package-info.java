/**
 * Test support for standalone services: a stand-in for the identity module, the checks
 * every service passes, and records on the test JVM's Kafka broker.
 */
@NullMarked
package dev.carve.services.testkit;

import org.jspecify.annotations.NullMarked;
