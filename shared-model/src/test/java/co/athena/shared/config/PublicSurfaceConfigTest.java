package co.athena.shared.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service's public port offers besides the API, as the shared configuration resolves it per
 * profile: the OpenAPI document and Swagger UI are for integrators in dev, tests and {@code ./athena},
 * and a production deployment shows them only when its operator sets {@code ATHENA_OPENAPI=true}.
 */
class PublicSurfaceConfigTest {

    @ParameterizedTest(name = "profile {0}, ATHENA_OPENAPI={1} → {2}")
    @CsvSource(nullValues = "unset", value = {
            "prod, unset, false",
            "prod, false, false",
            "prod, true,  true",
            "dev,  unset, true",
            "test, unset, true",
    })
    void openApiAndSwaggerUiAreOffInProductionUnlessAskedFor(String profile, String athenaOpenApi, boolean served)
            throws IOException {
        SmallRyeConfig config = resolved(profile, athenaOpenApi);

        assertEquals(served, config.getValue("quarkus.smallrye-openapi.enabled", Boolean.class), "OpenAPI");
        assertEquals(served, config.getValue("quarkus.swagger-ui.enabled", Boolean.class), "Swagger UI");
        assertEquals(false, config.getValue("quarkus.smallrye-openapi.management.enabled", Boolean.class),
                "OpenAPI is for integrators: the public port, never the management one");
    }

    private static SmallRyeConfig resolved(String profile, String athenaOpenApi) throws IOException {
        Map<String, String> environment = new HashMap<>();
        if (athenaOpenApi != null) {
            environment.put("ATHENA_OPENAPI", athenaOpenApi);
        }
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        PublicSurfaceConfigTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }
}
