/**
 * What the identity module offers other modules: customer look-up and the
 * {@link dev.carve.contracts.identity.CustomerRegistered} event.
 */
@NullMarked
package dev.carve.contracts.identity;

import org.jspecify.annotations.NullMarked;
