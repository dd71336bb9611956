/**
 * What every gateway implementation shares, whatever its transport.
 */
@NullMarked
package dev.carve.runtime.gateway;

import org.jspecify.annotations.NullMarked;
