package co.athena.student.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Requests as school staff send them, and students built through the API. */
final class StudentApi {

    private static final AtomicLong DOCUMENTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private StudentApi() {
    }

    static RequestSpecification as(UUID school, String role) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.forSchool(school, role));
    }

    static RequestSpecification secretary(UUID school) {
        return as(school, Roles.SECRETARY);
    }

    static RequestSpecification rector(UUID school) {
        return as(school, Roles.RECTOR);
    }

    /** A TI number nobody used yet in this run: 10 digits. */
    static String ti() {
        return Long.toString(1_000_000_000L + DOCUMENTS.incrementAndGet() % 8_999_999_999L);
    }

    static String cc() {
        return Long.toString(10_000_000L + DOCUMENTS.incrementAndGet() % 89_999_999L);
    }

    static Map<String, Object> student(String document, String first, String second, String surname, String secondSurname) {
        Map<String, Object> body = new HashMap<>();
        body.put("document_type", "TI");
        body.put("document_number", document);
        body.put("first_name", first);
        if (second != null) {
            body.put("second_name", second);
        }
        body.put("first_surname", surname);
        if (secondSurname != null) {
            body.put("second_surname", secondSurname);
        }
        body.put("birth_date", "2014-03-09");
        body.put("gender", "F");
        return body;
    }

    static Map<String, Object> guardian(String document, String name, String relationship, boolean primary) {
        return Map.of("document_type", "CC", "document_number", document, "full_name", name,
                "relationship", relationship, "is_primary", primary, "phone", "3001234567");
    }

    static UUID create(UUID school, Map<String, Object> body) {
        return UUID.fromString(secretary(school).body(body).post("/api/v1/students").then().statusCode(201)
                .extract().path("id"));
    }

    static UUID create(UUID school, String first, String surname) {
        return create(school, student(ti(), first, null, surname, null));
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
