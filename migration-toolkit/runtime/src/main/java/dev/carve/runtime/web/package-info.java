/**
 * The one place that turns errors into RFC 9457 problem responses, each with an error id
 * that also appears in the log.
 */
@NullMarked
package dev.carve.runtime.web;

import org.jspecify.annotations.NullMarked;
