package org.accord.portal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
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
                .components(new Components().addSchemas("Problem", problem()).addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token (My account) or a service account's token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** RFC 9457 problem details, with the fields at fault for invalid input. */
    private static Schema<?> problem() {
        var fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details, in the language of Accept-Language")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError));
    }
}
