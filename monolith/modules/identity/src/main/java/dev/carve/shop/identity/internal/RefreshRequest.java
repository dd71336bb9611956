package dev.carve.shop.identity.internal;

import jakarta.validation.constraints.NotBlank;

/**
 * A refresh.
 *
 * @param refreshToken the refresh token of the last login or refresh
 */
record RefreshRequest(@NotBlank String refreshToken) {

}
