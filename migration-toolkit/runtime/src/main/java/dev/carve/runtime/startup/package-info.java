/**
 * What a process reports when it has started.
 */
@NullMarked
package dev.carve.runtime.startup;

import org.jspecify.annotations.NullMarked;
