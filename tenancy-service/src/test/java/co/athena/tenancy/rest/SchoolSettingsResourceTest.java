package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.as;
import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SchoolSettingsResourceTest {

    @Test
    void everyMemberSeesTheirOwnSchoolFromTheToken() {
        UUID school = createSchool("Colegio Mío");
        as(TestTokens.forSchool(school, Roles.TEACHER)).get("/api/v1/school").then().statusCode(200)
                .body("id", equalTo(school.toString())).body("name", equalTo("Colegio Mío"));
        as(TestTokens.superadmin()).get("/api/v1/school").then().statusCode(403)
                .body("detail", equalTo("this endpoint needs a token bound to a school"));
    }

    @Test
    void newSchoolsHaveTheDefaultSettings() {
        UUID school = createSchool("Colegio Defaults");
        rector(school).get("/api/v1/school/settings").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("simat_settings.export_encoding", equalTo("latin-1"))
                .body("simat_settings.delimiter", equalTo(";"))
                .body("habeas_data_version", equalTo(0))
                .body("required_documents", contains("birth_certificate", "identity_document", "habeas_data",
                        "tratamiento_datos"));
    }

    @Test
    void theDaneCodeGivenWithANewSchoolStartsItsSimatSettings() {
        UUID school = UUID.fromString(TenancyApi.superadmin().body(Map.of("name", "Colegio Con Códigos",
                        "dane_code", "105001000123")).post("/api/v1/schools")
                .then().statusCode(201).extract().path("id"));
        rector(school).get("/api/v1/school/settings").then().statusCode(200)
                .body("simat_settings.dane_code", equalTo("105001000123"))
                .body("simat_settings.sedes", empty())
                .body("simat_settings.methodology", equalTo("1"))
                .body("simat_settings.export_encoding", equalTo("latin-1"));
    }

    @Test
    void aSectionMergesFieldByFieldAndRequiredDocumentsCannotBeCleared() {
        UUID school = UUID.fromString(TenancyApi.superadmin().body(Map.of("name", "Colegio Merge",
                        "dane_code", "105001000124")).post("/api/v1/schools")
                .then().statusCode(201).extract().path("id"));
        rector(school).contentType("application/merge-patch+json").body("{\"simat_settings\": {\"delimiter\": \"|\"}}")
                .patch("/api/v1/school/settings").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("simat_settings.delimiter", equalTo("|"))
                .body("simat_settings.dane_code", equalTo("105001000124"));
        rector(school).contentType("application/merge-patch+json").body("{\"required_documents\": null}")
                .patch("/api/v1/school/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("required_documents"));
        rector(school).contentType("application/merge-patch+json").body("{\"simat_settings\": {\"delimiter\": \"|\"}}")
                .patch("/api/v1/school/settings").then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void theRectorChangesSettingsAndTheHabeasDataVersionFollowsTheText() {
        UUID school = createSchool("Colegio Config");
        rector(school).body(Map.of(
                        "simat_settings", Map.of("dane_code", "111001000001", "municipality", "11001",
                                "sedes", List.of(Map.of("cons_sede", "11100100000101", "dane_code", "111001000001",
                                        "name", "Sede principal")), "specialty", "06", "export_encoding", "utf-8"),
                        "branding_settings", Map.of("primary_color", "#1A2B3C"),
                        "security_settings", Map.of("session_timeout_minutes", 30, "require_mfa", true),
                        "habeas_data_text", "Autorizo el tratamiento de mis datos (v1)",
                        "required_documents", List.of("birth_certificate", "report_card")))
                .patch("/api/v1/school/settings").then().statusCode(200)
                .body("simat_settings.dane_code", equalTo("111001000001"))
                .body("simat_settings.export_encoding", equalTo("utf-8"))
                .body("simat_settings.delimiter", equalTo(";"))
                .body("simat_settings.sedes[0].cons_sede", equalTo("11100100000101"))
                .body("simat_settings.specialty", equalTo("06"))
                .body("branding_settings.primary_color", equalTo("#1A2B3C"))
                .body("security_settings.require_mfa", equalTo(true))
                .body("habeas_data_version", equalTo(1))
                .body("required_documents", contains("birth_certificate", "report_card"));
        rector(school).body(Map.of("habeas_data_text", "Autorizo el tratamiento de mis datos (v1)"))
                .patch("/api/v1/school/settings").then().statusCode(200).body("habeas_data_version", equalTo(1));
        rector(school).body(Map.of("habeas_data_text", "Texto nuevo (v2)", "pei_summary", "Formación integral"))
                .patch("/api/v1/school/settings").then().statusCode(200)
                .body("habeas_data_version", equalTo(2))
                .body("pei_summary", equalTo("Formación integral"))
                .body("branding_settings.primary_color", equalTo("#1A2B3C"));
    }

    @Test
    void invalidSettingsAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        UUID school = createSchool("Colegio Inválido");
        rector(school).body(Map.of(
                        "simat_settings", Map.of("dane_code", "123", "export_encoding", "ebcdic", "delimiter", "::",
                                "municipality", "05999", "methodology", "6",
                                "sedes", List.of(Map.of("cons_sede", "1", "dane_code", "111001000001"))),
                        "security_settings", Map.of("session_timeout_minutes", 1),
                        "required_documents", List.of("selfie")))
                .patch("/api/v1/school/settings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("simat_settings.dane_code"))
                .body("errors.field", hasItem("simat_settings.export_encoding"))
                .body("errors.field", hasItem("simat_settings.delimiter"))
                .body("errors.field", hasItem("simat_settings.municipality"))
                .body("errors.field", hasItem("simat_settings.methodology"))
                .body("errors.field", hasItem("simat_settings.sedes[0].cons_sede"))
                .body("errors.field", hasItem("simat_settings.sedes[0].name"))
                .body("errors.field", hasItem("security_settings.session_timeout_minutes"))
                .body("errors.field", hasItem("required_documents[0]"));
        rector(school).body(Map.of("branding_settings", Map.of("logo", "x"))).patch("/api/v1/school/settings")
                .then().statusCode(400).body("errors[0].message", equalTo("unknown field"));
        rector(school).header("If-Match", "\"7\"").body(Map.of("pei_summary", "x")).patch("/api/v1/school/settings")
                .then().statusCode(412);
        assertEquals(0, TestDatabase.count("select version from tenancy.school_settings where school_id = ?", school));
    }

    @Test
    void aSedeIsNamedOnceByItsConsSede() throws Exception {
        UUID school = createSchool("Colegio Dos Sedes");
        Map<String, String> sede = Map.of("cons_sede", "10500100012301", "dane_code", "105001000123", "name", "Principal");
        rector(school).body(Map.of("simat_settings", Map.of("sedes", List.of(sede, sede))))
                .patch("/api/v1/school/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("simat_settings.sedes"))
                .body("errors[0].message", containsString("10500100012301"));
        assertEquals(0, TestDatabase.count("select version from tenancy.school_settings where school_id = ?", school));
    }

    @Test
    void onlyConfigInstitutionChangesSettings() {
        UUID school = createSchool("Colegio Secretaría");
        for (String role : List.of(Roles.SECRETARY, Roles.COORDINATOR, Roles.TEACHER, Roles.ACUDIENTE)) {
            as(TestTokens.forSchool(school, role)).body(Map.of("pei_summary", "x")).patch("/api/v1/school/settings")
                    .then().statusCode(403);
            as(TestTokens.forSchool(school, role)).get("/api/v1/school/settings").then().statusCode(200);
        }
        rector(school).get("/api/v1/school/settings").then().body("version", equalTo(0));
    }
}
