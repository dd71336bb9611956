/**
 * Test support shared by the adapters of every module.
 */
@NullMarked
package dev.carve.adapters.testkit;

import org.jspecify.annotations.NullMarked;
