package co.athena.enrollment.rest;

import co.athena.enrollment.SiblingFakes;
import co.athena.enrollment.service.AnexoSeisA;
import co.athena.enrollment.service.NoveltyWorklist;
import co.athena.shared.security.Roles;
import co.athena.testing.JobPolls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static co.athena.enrollment.EnrollmentApi.as;
import static co.athena.enrollment.EnrollmentApi.await;
import static co.athena.enrollment.EnrollmentApi.create;
import static co.athena.enrollment.EnrollmentApi.get;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anexo 6A exports: the file's bytes and codes, keeping it, and confirming it. */
@QuarkusTest
class SimatExportTest {

    private static final Duration CONSUMED = Duration.ofSeconds(30);
    private static final String DANE = "111001000123";

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    @BeforeEach
    void setUp() {
        SiblingFakes.simatSettings(school, DANE, Map.of());
    }

    @Test
    void theFileIsLatin1WithAccentsIntactAndSimatCodes() {
        UUID student = SiblingFakes.student(school, "TI", "1023456789", "José", "Ángel", "Muñoz", "Peña",
                LocalDate.of(2016, 2, 29), "M", true);
        UUID enrollment = activate(create(school, student, year, 0, "T1", "full_day"));
        await(school, enrollment, e -> e.getString("simat_status").startsWith("pending"), CONSUMED);
        UUID child = SiblingFakes.student(school, "RC", "1011223344", "Sofía", null, "Güiza", null,
                LocalDate.of(2021, 7, 1), "F", true);
        UUID other = activate(create(school, child, year, -1, "J1", "afternoon"));
        await(school, other, e -> e.getString("simat_status").startsWith("pending"), CONSUMED);

        Response answer = export();
        answer.then().statusCode(201).contentType(containsString("text/csv"))
                .header("Content-Type", containsString("ISO-8859-1"))
                .header("Location", containsString("/api/v1/simat/exports/"))
                .header("Content-Disposition", containsString("anexo6a-" + DANE));
        byte[] bytes = answer.asByteArray();
        // latin-1: Ñ is the single byte 0xD1, not UTF-8's 0xC3 0x91
        assertTrue(indexOf(bytes, new byte[]{(byte) 0xD1}) >= 0);
        assertEquals(-1, indexOf(bytes, "Ñ".getBytes(StandardCharsets.UTF_8)));
        List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n"));
        assertEquals(String.join(";", AnexoSeisA.COLUMNS), lines.get(0));
        assertEquals(3, lines.size());
        String jose = lines.stream().filter(l -> l.contains("1023456789")).findFirst().orElseThrow();
        assertEquals(List.of("2027", "001", DANE, DANE, DANE + "01", "2", "1023456789", "05", "001", "MUÑOZ", "PEÑA",
                "JOSÉ", "ÁNGEL"), Arrays.asList(jose.split(";", -1)).subList(0, 13));
        assertEquals("29/02/2016", cell(jose, "FECHA_NACIMIENTO"));
        assertEquals("0", cell(jose, "GRADO"));
        assertEquals("1", cell(jose, "TIPO_JORNADA"));
        assertEquals("T1", cell(jose, "GRUPO"));
        assertEquals(54, jose.split(";", -1).length);
        String sofia = lines.stream().filter(l -> l.contains("1011223344")).findFirst().orElseThrow();
        assertEquals(List.of("5", "1011223344", "05", "001", "GÜIZA", "", "SOFÍA", ""),
                Arrays.asList(sofia.split(";", -1)).subList(5, 13));
        assertEquals("-1", cell(sofia, "GRADO"));
        assertEquals("3", cell(sofia, "TIPO_JORNADA"));
        assertEquals("J1", cell(sofia, "GRUPO"));
    }

    @Test
    void anExportIsKeptByteForByteAndConfirmingItSyncsOnlyWhatItFroze() {
        UUID staying = activeEnrollment();
        UUID leaving = activeEnrollment();
        await(school, leaving, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        await(school, staying, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        Response first = export();
        first.then().statusCode(201);
        String location = first.header("Location");
        String exportId = location.substring(location.lastIndexOf('/') + 1);

        byte[] again = secretary(school).get("/api/v1/simat/exports/" + exportId).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertArrayEquals(first.asByteArray(), again);
        secretary(school).get("/api/v1/simat/exports").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(exportId))
                .body("items[0].row_count", equalTo(2)).body("items[0].status", equalTo("generated"));

        // a novelty after the export is not in it
        move(school, leaving, "withdrawn", "Traslado");
        await(school, leaving, e -> "pending_withdrawal".equals(e.getString("simat_status")), CONSUMED);

        secretary(school).header("If-Match", "\"7\"").post("/api/v1/simat/exports/" + exportId + "/confirm")
                .then().statusCode(412).contentType("application/problem+json");
        assertEquals("pending_enrollment", get(school, staying).getString("simat_status"));
        secretary(school).header("If-Match", "\"0\"").post("/api/v1/simat/exports/" + exportId + "/confirm")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("confirmed"));
        JsonPath synced = get(school, staying);
        assertEquals("synced", synced.getString("simat_status"));
        assertTrue(synced.getString("simat_synced_at") != null);
        assertEquals("pending_withdrawal", get(school, leaving).getString("simat_status"));
        secretary(school).post("/api/v1/simat/exports/" + exportId + "/confirm").then().statusCode(409);

        // SIMAT registered both: the withdrawal is no Anexo 6A row but a line of the novelty worklist
        export().then().statusCode(409);
        String[] worklist = export("novelties").then().statusCode(201)
                .header("Content-Disposition", containsString("novedades-" + DANE)).extract().asString().split("\r\n");
        assertEquals(String.join(";", NoveltyWorklist.COLUMNS), worklist[0]);
        assertEquals(2, worklist.length);
        Map<String, String> line = worklistLine(worklist[1]);
        assertEquals("RETIRO", line.get("NOVEDAD"));
        assertEquals("Reporte de novedades Alumnos", line.get("PANTALLA_SIMAT"));
        assertEquals("MATRICULADO", line.get("ESTADO_ANTES"));
        assertEquals("RETIRADO", line.get("ESTADO_AHORA"));
        assertEquals("TRASLADO", line.get("MOTIVO").toUpperCase());
    }

    @Test
    void theSchoolsSettingsChooseEncodingAndDelimiter() {
        SiblingFakes.simatSettings(school, DANE, Map.of("export_encoding", "utf-8", "delimiter", "|"));
        UUID student = SiblingFakes.student(school, "NUIP", "1122334455", "Íñigo", null, "Ñáñez", null,
                LocalDate.of(2015, 5, 5), "M", true);
        activate(create(school, student, year, 5, "501", "single"));
        awaitAnyPending();
        Response answer = export();
        answer.then().statusCode(201).header("Content-Type", containsString("UTF-8"));
        String text = new String(answer.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.contains("|7|1122334455|05|001|ÑÁÑEZ||ÍÑIGO||CL 10 # 20-30|"), text);
    }

    @Test
    void textThatLooksLikeAFormulaReadsAsTextInTheFile() {
        UUID student = SiblingFakes.activeStudent(school);
        SiblingFakes.studentData(school, student, "characterization", Map.of(
                "birth_place", Map.of("department", "05", "municipality", "05001"),
                "document_issue_place", Map.of("department", "05"),
                "residence", Map.of("address", "=cmd|' /C calc'!A0", "phone", "+1+1"), "estrato", "1"));
        activate(create(school, student, year, 6, "601", "morning"));
        awaitAnyPending();
        String line = new String(export().then().statusCode(201).extract().asByteArray(), StandardCharsets.ISO_8859_1)
                .split("\r\n")[1];
        assertEquals("'=CMD|' /C CALC'!A0", cell(line, "DIRECCION_RESIDENCIA"));
        assertEquals("'+1+1", cell(line, "TEL"));
    }

    @Test
    void lettersLatin1LacksAreSpelledAndAnotherScriptIsListedNotExported() {
        UUID spelled = SiblingFakes.student(school, "TI", "1023450002", "Łucja", null, "Nguyễn", null,
                LocalDate.of(2014, 1, 1), "F", true);
        UUID unspellable = SiblingFakes.student(school, "TI", "1023450003", "小龍", null, "Lee", null,
                LocalDate.of(2014, 1, 1), "M", true);
        activate(create(school, spelled, year, 6, "601", "morning"));
        UUID listed = activate(create(school, unspellable, year, 6, "601", "morning"));
        await(school, listed, e -> e.getString("simat_status").startsWith("pending"), CONSUMED);
        awaitAnyPending();
        Response answer = export();
        String text = new String(answer.then().statusCode(201).extract().asByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(";NGUYEN;;LUCJA;;"), text);
        assertFalse(text.contains("?"), text);
        assertFalse(text.contains("1023450003"), text);
        String id = answer.header("Location").substring(answer.header("Location").lastIndexOf('/') + 1);
        secretary(school).get("/api/v1/simat/exports").then()
                .body("items[0].id", equalTo(id))
                .body("items[0].skipped[0].enrollment_id", equalTo(listed.toString()))
                .body("items[0].skipped[0].problems[0].column", equalTo("NOMBRE1"))
                .body("items[0].skipped[0].problems[0].field", equalTo("student.first_name"))
                .body("items[0].skipped[0].problems[0].message", containsString("ISO-8859-1 cannot spell"));
        assertTrue(get(school, listed).getString("simat_status").startsWith("pending"));
    }

    @Test
    void exportsAskedForAtOnceNeverShareANovelty() throws Exception {
        activeEnrollment();
        activeEnrollment();
        awaitAnyPending();
        // student-service answers slowly, so that the four are surely prepared at the same time
        SiblingFakes.student().delay(Duration.ofMillis(700));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(clients.submit(() -> {
                    start.await();
                    return export().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
        } finally {
            SiblingFakes.student().delay(Duration.ZERO);
            clients.shutdownNow();
        }
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(1));
    }

    @Test
    void whatCannotBeExportedIsRefusedClearly() {
        secretary(school).body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no SIMAT novelties"));
        secretary(school).body(Map.of("school_year_id", UUID.randomUUID().toString())).post("/api/v1/simat/exports")
                .then().statusCode(422).body("errors[0].field", equalTo("school_year_id"));
        secretary(school).body(Map.of()).post("/api/v1/simat/exports").then().statusCode(400);
        SiblingFakes.simatSettings(school, Map.of());
        secretary(school).body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                .then().statusCode(422).body("errors.field", equalTo(List.of("simat_settings.dane_code",
                        "simat_settings.municipality", "simat_settings.sedes")));
        SiblingFakes.tenancy().down();
        try {
            secretary(school).body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                    .then().statusCode(503).header("Retry-After", "5");
        } finally {
            SiblingFakes.tenancy().up();
        }
        as(school, Roles.TEACHER).body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                .then().statusCode(403);
        secretary(school).get("/api/v1/simat/exports/" + UUID.randomUUID()).then().statusCode(404);
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(0));
        secretary(school).queryParam("cursor", "not-a-cursor").get("/api/v1/simat/exports").then().statusCode(400);
    }

    @Test
    void studentServiceDownWhileExportingWritesNoExport() {
        activeEnrollment();
        awaitAnyPending();
        SiblingFakes.student().down();
        try {
            export().then().statusCode(503).body("detail", containsString("student-service"));
        } finally {
            SiblingFakes.student().up();
        }
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(0));
    }

    @Test
    void asAJobTheExportEndsWithItsMetadataAndItsDownload() {
        activeEnrollment();
        activeEnrollment();
        awaitAnyPending();

        String job = secretary(school).header("Prefer", "respond-async").body(Map.of("school_year_id", year.toString()))
                .post("/api/v1/simat/exports").then().statusCode(202).body("kind", equalTo("simat_export"))
                .extract().header("Location");
        JsonPath done = JobPolls.ended(() -> secretary(school), job);

        assertEquals("succeeded", done.getString("status"), done.prettify());
        assertEquals(2, done.getInt("total"));
        assertEquals(2, done.getInt("processed"));
        assertEquals(2, done.getInt("result.row_count"));
        secretary(school).get(done.getString("result_url")).then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void asAJobAnExportWithStudentServiceDownFailsSayingSoAndStoresNothing() {
        activeEnrollment();
        awaitAnyPending();
        SiblingFakes.student().down();
        JsonPath failed;
        try {
            String job = secretary(school).header("Prefer", "respond-async")
                    .body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports").then()
                    .statusCode(202).extract().header("Location");
            failed = JobPolls.ended(() -> secretary(school), job);
        } finally {
            SiblingFakes.student().up();
        }
        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getString("errors[0].message").contains("student-service"), failed.prettify());
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(0));
    }

    @Test
    void anotherSchoolsExportIsNotFound() {
        activeEnrollment();
        awaitAnyPending();
        String location = export().then().statusCode(201).extract().header("Location");
        UUID other = UUID.randomUUID();
        secretary(other).get(location).then().statusCode(404);
        secretary(other).post(location + "/confirm").then().statusCode(404);
        assertFalse(secretary(other).get("/api/v1/simat/exports").then().extract().asString().contains(location
                .substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void aDryRunListsWhatEachStudentLacksAndChangesNothing() {
        activeEnrollment();
        UUID noBirthplace = SiblingFakes.activeStudent(school);
        SiblingFakes.studentData(school, noBirthplace, "characterization", Map.of(
                "document_issue_place", Map.of("department", "05"),
                "residence", Map.of("address", "CL 1"), "estrato", "1"));
        UUID badSisben = SiblingFakes.activeStudent(school);
        SiblingFakes.studentData(school, badSisben, "sensitive_data", Map.of("sisben_iv", "Z9", "ethnic_group", "0",
                "disability", "99", "exceptional_capacities", "9"));
        UUID digitInSurname = SiblingFakes.student(school, "TI", "1023450077", "Ana", null, "Pérez2", null,
                LocalDate.of(2014, 1, 1), "F", true);
        for (UUID student : List.of(noBirthplace, badSisben, digitInSurname)) {
            activate(create(school, student, year, 6, "601", "morning"));
        }
        awaitAnyPending();

        JsonPath check = secretary(school).queryParam("dry_run", true)
                .body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
        assertEquals(1, check.getInt("ready"));
        assertEquals("anexo_6a", check.getString("kind"));
        assertEquals("student.characterization.birth_place.municipality", refusal(check, noBirthplace, "NAC_MUN"));
        assertEquals("student.sensitive_data.sisben_iv", refusal(check, badSisben, "SISBEN IV"));
        assertEquals("student.first_surname", refusal(check, digitInSurname, "APELLIDO1"));
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(0));

        String file = export().then().statusCode(201).extract().asString();
        assertEquals(2, file.split("\r\n").length);
        secretary(school).get("/api/v1/simat/exports").then().body("items[0].skipped", hasSize(3))
                .body("items[0].skipped.problems.flatten().column", hasItem("SISBEN IV"));
    }

    @Test
    void aStudentEnrolledHereInAnEarlierYearIsNotNewAndAFirstTimerIs() {
        UUID returning = SiblingFakes.activeStudent(school);
        UUID lastYear = SiblingFakes.schoolYear(school, "active");
        create(school, returning, lastYear, 5, "501", "morning");
        UUID firstTimer = SiblingFakes.activeStudent(school);
        for (UUID student : List.of(returning, firstTimer)) {
            UUID enrollment = activate(create(school, student, year, 6, "601", "morning"));
            await(school, enrollment, e -> e.getString("simat_status").startsWith("pending"), CONSUMED);
        }
        String[] lines = export().then().statusCode(201).extract().asString().split("\r\n");
        Map<String, String> nuevo = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            nuevo.put(cell(lines[i], "NRO_DOCUMENTO"), cell(lines[i], "NUEVO"));
        }
        assertEquals(Map.of(document(returning), "N", document(firstTimer), "S"), nuevo);
    }

    private String document(UUID student) {
        return SiblingFakes.studentDocument(school, student);
    }

    /** SIMAT takes a document once: for CC and TI the number alone (reference §4). */
    @Test
    void twoStudentsWithTheSameNumberAsCcAndTiAreNotBothInTheFile() {
        UUID first = SiblingFakes.student(school, "TI", "1023456789", "Ana", null, "Gil", null,
                LocalDate.of(2014, 1, 1), "F", true);
        UUID second = SiblingFakes.student(school, "CC", "1023456789", "Ana", null, "Gil", null,
                LocalDate.of(2004, 1, 1), "F", true);
        for (UUID student : List.of(first, second)) {
            UUID enrollment = activate(create(school, student, year, 6, "601", "morning"));
            await(school, enrollment, e -> e.getString("simat_status").startsWith("pending"), CONSUMED);
        }
        JsonPath check = secretary(school).queryParam("dry_run", true)
                .body(Map.of("school_year_id", year.toString())).post("/api/v1/simat/exports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, check.getInt("ready"));
        assertEquals("student.document_number", refusal(check, second, "NRO_DOCUMENTO"));
    }

    @Test
    void theDryRunsAndTheWorklistAnswer503WhileStudentServiceIsDownAndStoreNothing() {
        UUID leaving = activeEnrollment();
        await(school, leaving, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        confirm(export().then().statusCode(201).extract().header("Location"));
        move(school, leaving, "withdrawn", "Traslado");
        await(school, leaving, e -> "pending_withdrawal".equals(e.getString("simat_status")), CONSUMED);
        UUID arriving = activeEnrollment();
        await(school, arriving, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        SiblingFakes.student().down();
        try {
            for (String kind : List.of("anexo_6a", "novelties")) {
                secretary(school).queryParam("dry_run", true).body(Map.of("school_year_id", year.toString(), "kind", kind))
                        .post("/api/v1/simat/exports").then().statusCode(503).header("Retry-After", "5");
            }
            secretary(school).queryParam("school_year_id", year.toString()).get("/api/v1/simat/novelties")
                    .then().statusCode(503).body("detail", containsString("student-service"));
        } finally {
            SiblingFakes.student().up();
        }
        secretary(school).get("/api/v1/simat/exports").then().body("items", hasSize(1));
        assertEquals("pending_withdrawal", get(school, leaving).getString("simat_status"));
    }

    @Test
    void anUnknownKindOrAMissingYearIsA400() {
        secretary(school).body(Map.of("school_year_id", year.toString(), "kind", "anexo_5a"))
                .post("/api/v1/simat/exports").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        secretary(school).get("/api/v1/simat/novelties").then().statusCode(400);
        secretary(school).queryParam("school_year_id", UUID.randomUUID().toString()).get("/api/v1/simat/novelties")
                .then().statusCode(422).body("errors[0].field", equalTo("school_year_id"));
    }

    /** Venezuelan migrant children's permits: PEP is 10 and PPT 13 in SIMAT's table, not a reason to skip them. */
    @Test
    void pepAndPptStudentsAreExportedWithCodes10And13() {
        UUID pep = SiblingFakes.student(school, "PEP", "123456789012345", "Valentina", null, "Rangel", null,
                LocalDate.of(2013, 4, 2), "F", true);
        UUID ppt = SiblingFakes.student(school, "PPT", "4567890", "Jesús", null, "Mendoza", null,
                LocalDate.of(2012, 8, 9), "M", true);
        activate(create(school, pep, year, 7, "701", "morning"));
        activate(create(school, ppt, year, 8, "801", "morning"));
        awaitAnyPending();
        String[] lines = export().then().statusCode(201).extract().asString().split("\r\n");
        assertEquals(3, lines.length);
        Map<String, String> codes = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            codes.put(cell(lines[i], "NRO_DOCUMENTO"), cell(lines[i], "TIPO_DOCUMENTO"));
        }
        assertEquals(Map.of("123456789012345", "10", "4567890", "13"), codes);
    }

    @Test
    void withdrawalsGroupChangesAndGraduationsMakeTheNoveltyWorklist() {
        UUID leaving = activeEnrollment();
        UUID moving = activeEnrollment();
        UUID finishing = activeEnrollment();
        awaitAnyPending();
        confirm(export().then().statusCode(201).extract().header("Location"));
        move(school, leaving, "withdrawn", "Cambio de ciudad");
        long version = get(school, moving).getLong("version");
        secretary(school).header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                .body(Map.of("group_code", "602", "simat", Map.of("sede", DANE + "02")))
                .patch("/api/v1/enrollments/" + moving).then().statusCode(200);
        move(school, finishing, "graduated", null);
        await(school, leaving, e -> "pending_withdrawal".equals(e.getString("simat_status")), CONSUMED);
        await(school, moving, e -> "pending_change".equals(e.getString("simat_status")), CONSUMED);
        await(school, finishing, e -> "pending_graduation".equals(e.getString("simat_status")), CONSUMED);

        JsonPath worklist = secretary(school).queryParam("school_year_id", year.toString())
                .get("/api/v1/simat/novelties").then().statusCode(200).extract().jsonPath();
        assertEquals(3, worklist.getList("items").size());
        assertEquals("RETIRO", novelty(worklist, leaving, "novelty"));
        assertEquals("Cambio de ciudad", novelty(worklist, leaving, "reason"));
        assertEquals("CAMBIO", novelty(worklist, moving, "novelty"));
        assertEquals("Reporte de novedades Alumnos", novelty(worklist, moving, "simat_screen"));
        assertEquals(List.of(Map.of("field", "group_code", "from", "601", "to", "602"),
                        Map.of("field", "sede", "from", DANE + "01", "to", DANE + "02")),
                worklist.getList("items.find { it.enrollment_id == '" + moving + "' }.changes"));
        assertEquals("GRADUACION", novelty(worklist, finishing, "novelty"));
        assertEquals("Cierre Año", novelty(worklist, finishing, "simat_screen"));

        Response report = export("novelties");
        String[] lines = new String(report.then().statusCode(201).extract().asByteArray(), StandardCharsets.ISO_8859_1)
                .split("\r\n");
        assertEquals(4, lines.length);
        confirm(report.header("Location"));
        for (UUID id : List.of(leaving, moving, finishing)) {
            assertEquals("synced", get(school, id).getString("simat_status"));
        }
        secretary(school).queryParam("school_year_id", year.toString()).get("/api/v1/simat/novelties")
                .then().statusCode(200).body("items", hasSize(0));
        secretary(school).get("/api/v1/simat/exports").then().body("items.kind", hasItem("novelties"));
    }

    private Response export() {
        return export("anexo_6a");
    }

    private Response export(String kind) {
        return secretary(school).body(Map.of("school_year_id", year.toString(), "kind", kind))
                .post("/api/v1/simat/exports");
    }

    private void confirm(String location) {
        secretary(school).header("If-Match", "\"0\"").post(location + "/confirm").then().statusCode(200);
    }

    private static String cell(String line, String column) {
        return line.split(";", -1)[AnexoSeisA.COLUMNS.indexOf(column)];
    }

    private static Map<String, String> worklistLine(String line) {
        String[] cells = line.split(";", -1);
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byColumn.put(NoveltyWorklist.COLUMNS.get(i), cells[i]);
        }
        return byColumn;
    }

    private static String refusal(JsonPath check, UUID student, String column) {
        return check.getString("refused.find { it.student_id == '" + student + "' }.problems.find { it.column == '"
                + column + "' }.field");
    }

    private static String novelty(JsonPath worklist, UUID enrollment, String field) {
        return worklist.getString("items.find { it.enrollment_id == '" + enrollment + "' }." + field);
    }

    private UUID activeEnrollment() {
        return activate(create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning"));
    }

    private UUID activate(JsonPath created) {
        UUID id = UUID.fromString(created.getString("id"));
        move(school, id, "in_review", null);
        move(school, id, "active", null);
        return id;
    }

    private void awaitAnyPending() {
        JsonPath list = secretary(school).get("/api/v1/enrollments").then().extract().jsonPath();
        for (String id : list.<String>getList("items.id")) {
            await(school, UUID.fromString(id), e -> e.getString("simat_status").startsWith("pending"), CONSUMED);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
