package dev.carve.shop.identity.internal;

import dev.carve.runtime.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A login.
 *
 * @param email the customer's e-mail address, in any case; at most 254 characters
 * @param password the customer's password; at most 72 UTF-8 bytes, as every stored one
 */
record LoginRequest(@NotBlank @PlainText(max = 254) String email,
		@NotNull @MaxBytes(Passwords.MAX_BYTES) String password) {

}
