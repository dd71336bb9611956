/**
 * The identity module's customers, credentials, refresh tokens, signing key, HTTP API and
 * settings.
 */
@NullMarked
package dev.carve.shop.identity.internal;

import org.jspecify.annotations.NullMarked;
