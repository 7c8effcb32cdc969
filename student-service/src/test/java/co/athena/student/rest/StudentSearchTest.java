package co.athena.student.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.create;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StudentSearchTest {

    private static final UUID school = UUID.randomUUID();
    private static final UUID otherSchool = UUID.randomUUID();
    private static final String joseDocument = ti();
    private static UUID jose;
    private static UUID sofia;
    private static UUID andres;

    /** Once per class, but only when the application (and its port) is up. */
    @BeforeEach
    void students() {
        if (jose != null) {
            return;
        }
        jose = create(school, with(student(joseDocument, "José", "Ángel", "MUÑOZ", "Peña"), "birth_date", "2012-05-01"));
        sofia = create(school, with(student(ti(), "Sofía", null, "Núñez", "Muñoz"), "birth_date", "2013-07-20"));
        andres = create(school, student(ti(), "Andrés", null, "Gómez", null));
        create(otherSchool, student(ti(), "José", null, "Muñoz", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "munoz|jose,sofia", "MUÑOZ|jose,sofia", "jose|jose", "JOSÉ|jose", "ángel|jose", "angel|jose",
            "jose munoz|jose", "muñoz peña|jose", "nunez|sofia", "andres gomez|andres", "gomez andres|andres",
            "zapata|", "ñu|sofia", "pena|jose"})
    void findsByAnyPartOfTheNameWithoutAccentsOrCase(String q, String expected) {
        Map<String, UUID> names = Map.of("jose", jose, "sofia", sofia, "andres", andres);
        List<String> ids = expected == null ? List.of()
                : List.of(expected.split(",")).stream().map(n -> names.get(n).toString()).toList();
        secretary(school).queryParam("q", q).get("/api/v1/students").then().statusCode(200)
                .body("items.id", containsInAnyOrder(ids.toArray()));
    }

    @Test
    void findsByTheStartOfTheDocumentNumber() {
        secretary(school).queryParam("q", joseDocument).get("/api/v1/students").then()
                .body("items.id", contains(jose.toString()));
        secretary(school).queryParam("q", joseDocument.substring(0, 6)).get("/api/v1/students").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(jose.toString()));
        secretary(school).queryParam("q", joseDocument.substring(2, 8)).get("/api/v1/students").then()
                .body("items", hasSize(0));
    }

    @Test
    void filtersByBirthYearAndActivity() {
        secretary(school).queryParam("birth_year", 2013).get("/api/v1/students").then()
                .body("items.id", contains(sofia.toString()));
        secretary(school).queryParam("is_active", false).get("/api/v1/students").then().body("items", hasSize(0));
    }

    @Test
    void pagesWithAStableOrderAndNeverLeavesTheSchool() {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            var request = secretary(school).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/students").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            ids.forEach(id -> assertTrue(seen.add(id)));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(Set.of(jose.toString(), sofia.toString(), andres.toString()), seen);
    }
}
