/**
 * What every module's published API description shares: the API's title and version, and
 * the bearer-token scheme its endpoints need.
 */
@NullMarked
package dev.carve.runtime.apidocs;

import org.jspecify.annotations.NullMarked;
