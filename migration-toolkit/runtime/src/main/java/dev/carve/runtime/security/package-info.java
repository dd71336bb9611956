/**
 * Stateless bearer-token security for every module's HTTP API.
 */
@NullMarked
package dev.carve.runtime.security;

import org.jspecify.annotations.NullMarked;
