/**
 * The identity module's customers, credentials, refresh tokens, signing key and HTTP API.
 */
@NullMarked
package dev.carve.shop.identity.internal;

import org.jspecify.annotations.NullMarked;
