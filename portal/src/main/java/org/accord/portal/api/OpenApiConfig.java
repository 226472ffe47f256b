package org.accord.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner API's OpenAPI 3.1 document, generated from the controllers, served at /api/v1/openapi.json. */
@Configuration
class OpenApiConfig {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI partnerApi(ObjectProvider<BuildProperties> build) {
        String version = build.stream().findFirst().map(BuildProperties::getVersion).orElse("development");
        return new OpenAPI()
                .info(new Info().title("Accord partner API").version(version)
                        .description("The agreements, initiatives, milestones, progress updates, tasks and issued "
                                + "reports of Accord, with the same access rules as the portal's screens. "
                                + "Authenticate with a personal access token or a service account's token: "
                                + "Authorization: Bearer <token>. Writes need If-Match with the record's ETag; "
                                + "errors are application/problem+json in the language of Accept-Language."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token (My account) or a service account's token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
