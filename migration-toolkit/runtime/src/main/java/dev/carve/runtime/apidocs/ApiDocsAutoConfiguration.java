package dev.carve.runtime.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The API description every module's OpenAPI group starts from: a title, a version, and
 * the {@code bearer} JWT scheme required by default (public endpoints override it with an
 * empty requirement).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public final class ApiDocsAutoConfiguration {

	/** The name of the bearer-token security scheme in every API description. */
	public static final String BEARER = "bearer";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI carveOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Carve shop API")
				.version("v1")
				.description("Errors are RFC 9457 problem responses with an errorId that also appears in the log."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
