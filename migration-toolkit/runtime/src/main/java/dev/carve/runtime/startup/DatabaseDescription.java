package dev.carve.runtime.startup;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.carve.runtime.embedded.EmbeddedPostgresServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The database a process uses, for the start-up report: the configured JDBC URL without
 * credentials, or the embedded PostgreSQL's JDBC URL (without credentials: the password
 * stays in its file) and data directory, which {@code carve move} needs to move a module
 * out.
 */
class DatabaseDescription {

	private static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private final Environment environment;

	private final ObjectProvider<?> embedded;

	DatabaseDescription(Environment environment, ObjectProvider<?> embedded) {
		this.environment = environment;
		this.embedded = embedded;
	}

	String describe() {
		String url = this.environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			return withoutCredentials(url);
		}
		if (ClassUtils.isPresent(EMBEDDED, getClass().getClassLoader())
				&& this.embedded.getIfAvailable() instanceof EmbeddedPostgresServer server) {
			return "embedded PostgreSQL at " + withoutCredentials(server.jdbcUrl()) + " (user postgres, password in "
					+ server.dataDir().resolve(EmbeddedPostgresServer.PASSWORD_FILE) + "), data in " + server.dataDir();
		}
		return "none";
	}

	/**
	 * A JDBC URL without user information and without {@code user} and {@code password}
	 * parameters.
	 */
	static String withoutCredentials(String url) {
		String withoutUserInfo = url.replaceFirst("//[^/@?]*@", "//");
		int query = withoutUserInfo.indexOf('?');
		if (query < 0) {
			return withoutUserInfo;
		}
		String parameters = Arrays.stream(withoutUserInfo.substring(query + 1).split("&"))
			.filter((parameter) -> !isCredential(parameter))
			.collect(Collectors.joining("&"));
		return withoutUserInfo.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
	}

	private static boolean isCredential(String parameter) {
		String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
		return name.equals("user") || name.equals("password") || name.contains("secret") || name.contains("key");
	}

}
