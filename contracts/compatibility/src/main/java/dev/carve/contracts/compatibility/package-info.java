/**
 * The breaking-change gate of the contracts: every contract module's build compares its
 * protos and OpenAPI files with the baseline committed beside them and fails on an
 * incompatible change.
 */
@NullMarked
package dev.carve.contracts.compatibility;

import org.jspecify.annotations.NullMarked;
