package dev.carve.runtime.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the caller's authorities. An end user's token gives
 * {@code ROLE_<role>} for each entry of the roles claim; a service token gives
 * {@value #SERVICE} and, when its audience includes {@code carve:operations},
 * {@value #OPERATOR} — never a customer's or administrator's role.
 */
public final class CallerAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

	/** Every service token has this authority; end users never do. */
	public static final String SERVICE = "ROLE_SERVICE";

	/** A service token meant for operations endpoints has this authority. */
	public static final String OPERATOR = "ROLE_OPERATOR";

	private final String rolesClaim;

	/**
	 * @param rolesClaim the claim of an end user's token that lists their roles
	 */
	public CallerAuthorities(String rolesClaim) {
		this.rolesClaim = rolesClaim;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		if (ServiceTokens.isServiceToken(jwt)) {
			List<GrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority(SERVICE));
			if (jwt.getAudience() != null && jwt.getAudience().contains(ServiceTokens.OPERATIONS_AUDIENCE)) {
				authorities.add(new SimpleGrantedAuthority(OPERATOR));
			}
			return new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString(ServiceTokens.SERVICE_CLAIM));
		}
		return new JwtAuthenticationToken(jwt, roles(jwt), jwt.getSubject());
	}

	private Collection<GrantedAuthority> roles(Jwt jwt) {
		List<String> roles = jwt.hasClaim(this.rolesClaim) ? jwt.getClaimAsStringList(this.rolesClaim) : List.of();
		return roles.stream().map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

}
