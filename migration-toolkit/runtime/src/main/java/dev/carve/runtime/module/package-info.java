/**
 * The module switch: which modules run in this process, and what each one owns.
 */
@NullMarked
package dev.carve.runtime.module;

import org.jspecify.annotations.NullMarked;
