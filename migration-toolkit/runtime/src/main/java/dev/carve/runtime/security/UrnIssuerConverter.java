package dev.carve.runtime.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

/**
 * Reads a token's {@code iss} claim as Spring Security's default does, without its cost
 * for a URN such as identity's {@code urn:carve:identity}: the default first tries to
 * make a {@link java.net.URL} of it, which for a scheme without a URL handler throws
 * (three {@code ClassNotFoundException}s while looking for a handler, then a
 * {@code MalformedURLException}) on every token, before it falls back to the URI's text.
 * A URN never has a URL handler, so its URI text is returned at once; every other issuer
 * goes to the default conversion.
 */
final class UrnIssuerConverter implements Converter<@Nullable Object, @Nullable Object> {

	private static final Converter<Map<String, Object>, Map<String, Object>> DEFAULTS = MappedJwtClaimSetConverter
		.withDefaults(Map.of());

	/**
	 * The claim set converter with this converter for {@code iss} and defaults for the
	 * rest.
	 */
	static Converter<Map<String, Object>, Map<String, Object>> claimSetConverter() {
		return MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, new UrnIssuerConverter()));
	}

	@Override
	public @Nullable Object convert(@Nullable Object source) {
		if (source == null) {
			return null;
		}
		if (source instanceof String text && text.regionMatches(true, 0, "urn:", 0, 4)) {
			try {
				return new URI(text).toString();
			}
			catch (URISyntaxException ex) {
				// Not a URI after all: the default conversion decides.
			}
		}
		return DEFAULTS.convert(Map.of(JwtClaimNames.ISS, source)).get(JwtClaimNames.ISS);
	}

}
