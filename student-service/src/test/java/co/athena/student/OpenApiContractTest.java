package co.athena.student;

import co.athena.student.domain.Gender;
import co.athena.student.domain.GuardianDocumentType;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.Relationship;
import co.athena.testing.OpenApiContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OpenApiContractTest extends OpenApiContract {

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of("IdentityDocumentType",
            IdentityDocumentType.class, "Gender", Gender.class, "GuardianDocumentType", GuardianDocumentType.class,
            "Relationship", Relationship.class);

    /** A generated client gets the allowed values as an enum, from the same enum the server validates with. */
    @ParameterizedTest(name = "{0}.{1} lists {2}")
    @CsvSource({
            "StudentRequest, document_type, IdentityDocumentType",
            "StudentRequest, gender, Gender",
            "StudentPatch, document_type, IdentityDocumentType",
            "GuardianInput, document_type, GuardianDocumentType",
            "GuardianInput, relationship, Relationship",
    })
    void restrictedFieldsAreEnumsOfTheDomainsValues(String schema, String property, String enumName) throws Exception {
        JsonNode document = new ObjectMapper().readTree(RestAssured.given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode field = document.at("/components/schemas/" + schema + "/properties/" + property);
        JsonNode values = field.has("$ref") ? document.at("/components/schemas/"
                + field.path("$ref").asText().substring("#/components/schemas/".length()) + "/enum") : field.path("enum");
        List<String> listed = new ArrayList<>();
        values.forEach(v -> listed.add(v.asText()));
        assertEquals(Arrays.stream(ENUMS.get(enumName).getEnumConstants()).map(Enum::name).toList(), listed,
                field.toString());
    }
}
