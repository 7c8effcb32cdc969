package co.athena.student.rest;

import co.athena.shared.patch.MergePatch;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.as;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A student's SIMAT characterization: DIVIPOLA places with DANE's names, SIMAT's code tables, sensitive data apart. */
@QuarkusTest
class StudentCharacterizationTest {

    private final UUID school = UUID.randomUUID();

    private static Map<String, Object> characterization() {
        return Map.of(
                "birth_place", Map.of("department", "76", "municipality", "76892"),
                "document_issue_place", Map.of("department", "11", "municipality", "11001"),
                "residence", Map.of("department", "05", "municipality", "05001", "address", "CL 10 # 20-30",
                        "zone", "1", "neighborhood", "El Poblado"),
                "estrato", "3",
                "boarding", "3",
                "head_of_household", false);
    }

    private static Map<String, Object> sensitiveData() {
        return Map.of("sisben_iv", "B3", "ethnic_group", "97", "disability", "99", "exceptional_capacities", "9",
                "specific_disorders", "9", "victim_of_conflict", "1", "academic_support", "01", "srpa", "01");
    }

    private UUID luisa() {
        Map<String, Object> body = with(student(ti(), "Luisa", null, "Caicedo", null), "characterization", characterization());
        return UUID.fromString(secretary(school).body(with(body, "sensitive_data", sensitiveData()))
                .post("/api/v1/students").then().log().ifValidationFails().statusCode(201).extract().path("id"));
    }

    @Test
    void placesAreAnsweredWithDanesNamesAndTheCodesAsGiven() {
        UUID id = luisa();
        secretary(school).get("/api/v1/students/" + id).then().statusCode(200)
                .body("characterization.birth_place.municipality_name", equalTo("YUMBO"))
                .body("characterization.birth_place.department_name", equalTo("VALLE DEL CAUCA"))
                .body("characterization.residence.municipality_name", equalTo("MEDELLÍN"))
                .body("characterization.document_issue_place.department_name", equalTo("BOGOTÁ, D.C."))
                .body("characterization.estrato", equalTo("3"))
                .body("sensitive_data.ethnic_group", equalTo("97"))
                .body("sensitive_data.sisben_iv", equalTo("B3"));
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "estrato                | 7        | characterization.estrato                  | must be one of SIMAT's codes: 0, 1, 2, 3, 4, 5, 6",
            "boarding               | 4        | characterization.boarding                 | must be one of SIMAT's codes: 1, 2, 3",
            "country_of_origin      | VEN      | characterization.country_of_origin        | must be a 3-digit country code",
            "birth_place            | 05/76892 | characterization.birth_place.municipality | is in department 76, not 05",
            "birth_place            | -/05001  | characterization.birth_place.municipality | needs its department (05)",
            "birth_place            | 00/-     | characterization.birth_place.department   | is not a DIVIPOLA department code",
            "document_issue_place   | 05/05999 | characterization.document_issue_place.municipality | is not a DIVIPOLA municipality code",
    })
    void aCharacterizationOutsideSimatsTablesIsRefusedNamingTheField(String field, String value, String error,
                                                                      String message) {
        Object given = value.contains("/") ? place(value) : value;
        secretary(school).body(with(student(ti(), "Rosa", null, "Mena", null), "characterization", Map.of(field, given)))
                .post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", equalTo(error))
                .body("errors[0].message", containsString(message));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"sisben_iv, E1", "sisben_iv, A6", "ethnic_group, 32", "disability, 5", "exceptional_capacities, 8",
            "specific_disorders, 4", "victim_of_conflict, 0", "academic_support, 1", "srpa, 04"})
    void sensitiveCodesOutsideSimatsTablesAreRefused(String field, String value) throws Exception {
        secretary(school).body(with(student(ti(), "Rosa", null, "Mena", null), "sensitive_data", Map.of(field, value)))
                .post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", equalTo("sensitive_data." + field))
                .body("errors[0].message", containsString("must be one of SIMAT's codes"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void theSimatRecordsCarryTheCharacterizationAndSensitiveDataOfThisSchoolsStudentsOnly() {
        UUID id = luisa();
        UUID elsewhere = UUID.fromString(secretary(UUID.randomUUID()).body(student(ti(), "Otra", null, "Escuela", null))
                .post("/api/v1/students").then().statusCode(201).extract().path("id"));
        secretary(school).body(Map.of("ids", List.of(id, elsewhere))).post("/api/v1/students/simat-records")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].first_surname", equalTo("Caicedo"))
                .body("items[0].characterization.birth_place.municipality", equalTo("76892"))
                .body("items[0].sensitive_data.disability", equalTo("99"));
        as(school, Roles.TEACHER).body(Map.of("ids", List.of(id))).post("/api/v1/students/simat-records")
                .then().statusCode(403);
    }

    @Test
    void aMergePatchChangesOnePartOfTheResidenceAndKeepsTheRest() {
        UUID id = luisa();
        secretary(school).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"characterization\": {\"residence\": {\"zone\": \"2\"}}}".getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/students/" + id).then().statusCode(200)
                .body("characterization.residence.zone", equalTo("2"))
                .body("characterization.residence.address", equalTo("CL 10 # 20-30"))
                .body("characterization.estrato", equalTo("3"));
    }

    @Test
    void theDataExportCarriesItAndAnonymizationClearsIt() throws Exception {
        UUID id = luisa();
        as(school, Roles.RECTOR).get("/api/v1/students/" + id + "/data-export").then().statusCode(200)
                .body("student.characterization.residence.address", equalTo("CL 10 # 20-30"))
                .body("student.sensitive_data.victim_of_conflict", equalTo("1"));
        as(school, Roles.RECTOR).post("/api/v1/students/" + id + "/anonymize").then().statusCode(200);
        assertEquals(1, TestDatabase.count("select count(*) from student.students where id = ? "
                + "and characterization = '{}' and sensitive_data = '{}'", id));
    }

    private static Map<String, Object> place(String departmentSlashMunicipality) {
        String[] parts = departmentSlashMunicipality.split("/");
        Map<String, Object> place = new java.util.HashMap<>();
        if (!parts[0].equals("-")) {
            place.put("department", parts[0]);
        }
        if (!parts[1].equals("-")) {
            place.put("municipality", parts[1]);
        }
        return place;
    }
}
