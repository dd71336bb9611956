package dev.carve.runtime.security;

/**
 * Where this process gets the credential it presents when it calls another module's
 * gateway: minted in-process when the identity module runs here, fetched from identity
 * with the client-credentials grant when it runs elsewhere
 * ({@code carve.service-credentials.*}). Implementations cache a token until shortly
 * before it expires and are safe for concurrent use.
 */
@FunctionalInterface
public interface ServiceCredentials {

	/**
	 * A service token whose audience includes the module.
	 * @param module the module about to be called
	 * @return the token, without the {@code Bearer} prefix
	 * @throws ServiceCredentialsUnavailableException when no token can be had right now
	 * (the identity module cannot be reached, or refused this process's credentials)
	 */
	String tokenFor(String module);

}
