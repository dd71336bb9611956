/**
 * Test support for standalone services: a stand-in for the identity module and the checks
 * every service passes.
 */
@NullMarked
package dev.carve.services.testkit;

import org.jspecify.annotations.NullMarked;
