package dev.carve.shop.identity.internal;

/**
 * What a login or a refresh answers.
 *
 * @param accessToken the RS256 access token to send as {@code Authorization: Bearer}
 * @param refreshToken the single-use token that gets the next pair
 * @param expiresIn how many seconds the access token is valid
 */
record TokenResponse(String accessToken, String refreshToken, long expiresIn) {

}
