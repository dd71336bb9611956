package dev.carve.shop.identity.internal;

import dev.carve.runtime.web.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A sign-up.
 *
 * @param email an e-mail address, unique whatever its case
 * @param password at least 8 characters and at most 72 UTF-8 bytes
 * @param name the display name: at most 200 characters, no control characters
 */
record SignUpRequest(@NotBlank @Email @Size(max = 254) String email,
		@NotNull @Size(min = 8) @MaxBytes(Passwords.MAX_BYTES) String password,
		@NotBlank @Size(max = 200) @PlainText String name) {

}
