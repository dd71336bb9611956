package dev.carve.shop.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A login.
 *
 * @param email the customer's e-mail address, in any case
 * @param password the customer's password
 */
record LoginRequest(@NotBlank String email, @NotNull String password) {

}
