package co.athena.suite.scenario;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * One school's life through the public APIs, a call per method, as the front end and staff drive it:
 * used by {@code ./athena demo} (which narrates and checks each step) and by the suite tests (which
 * populate schools with every kind of resource). Each call checks its status and keeps what it made.
 */
public final class SchoolScenario {

    public static final String SUPERADMIN = "admin@athena.local";
    private static final ObjectMapper CLAIMS = new ObjectMapper();
    public static final List<String> UPLOADED = List.of("birth_certificate", "identity_document", "report_card");
    public static final List<String> CONSENTS = List.of("habeas_data", "tratamiento_datos");
    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    public final Endpoints at;
    public final SuiteHttp http;
    public final SignIn signIn;
    /** Makes this run's names, emails and numbers unique. */
    public final String run = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    /**
     * The school year runs around today (90 days behind, 270 ahead) in four periods of 90 days, today opening the
     * second: classes held today fall in a period, as a teacher's roll needs.
     */
    public final LocalDate yearStartsOn = LocalDate.now().minusDays(90);
    public final LocalDate yearEndsOn = yearStartsOn.plusDays(359);
    public final int year = yearEndsOn.getYear();

    public UUID schoolId;
    public JsonNode school;
    public final Map<String, String> tokens = new LinkedHashMap<>();
    public final Map<String, UUID> users = new LinkedHashMap<>();
    public final Map<String, UUID> invitations = new LinkedHashMap<>();
    public UUID schoolYearId;
    public UUID studentId;
    public String documentNumber;
    public List<UUID> guardianIds = List.of();
    public UUID enrollmentId;
    public Reply export;
    public UUID areaId;
    public UUID subjectId;
    public UUID classGroupId;
    public UUID studyPlanId;
    public UUID courseOfferingId;
    public UUID teacherAssignmentId;
    public UUID activityId;
    public UUID reportCardId;
    public UUID promotionId;
    /** A job of each service that runs long work, by service name (each ended, having changed nothing). */
    public final Map<String, UUID> jobs = new LinkedHashMap<>();

    public SchoolScenario(Endpoints at, SuiteHttp http, SignIn signIn) {
        this.at = at;
        this.http = http;
        this.signIn = signIn;
    }

    /** A student born and living in Medellín, as SIMAT's Anexo 6A asks it (docs/simat.md). */
    public static final Map<String, Object> CHARACTERIZATION = Map.of(
            "birth_place", Map.of("department", "05", "municipality", "05001"),
            "document_issue_place", Map.of("department", "05", "municipality", "05001"),
            "residence", Map.of("department", "05", "municipality", "05001", "address", "CL 45 # 70-12",
                    "zone", "1", "neighborhood", "Laureles"),
            "estrato", "3", "boarding", "3");
    public static final Map<String, Object> SENSITIVE_DATA = Map.of("sisben_iv", "C4", "ethnic_group", "0",
            "disability", "99", "exceptional_capacities", "9", "specific_disorders", "9", "victim_of_conflict", "9");

    /**
     * The whole school: staff of every role, a year with its academic structure, a student actively enrolled with
     * documents, an export.
     */
    public SchoolScenario populate(List<String> roles) {
        open(roles);
        defineAcademics();
        assignTeacher();
        planActivity();
        registerStudent();
        enroll();
        uploadDocuments();
        acceptConsents();
        approveDocuments();
        awaitEnrollment("in_review");
        activate();
        awaitSimatStatus("pending_enrollment");
        exportSimat();
        closeSecondPeriod();
        endJobs();
        return this;
    }

    /**
     * One job in each service that runs long work, each left as it ended: a dry-run import (writes nothing), a rollover
     * into a year that does not exist (fails, 422), a promotion computation (the same decisions again).
     */
    private void endJobs() {
        jobs.put("student-service", job(at.student("/"), http.send(
                HttpRequest.newBuilder(at.student("/api/v1/students/imports?dry_run=true"))
                        .header("Authorization", "Bearer " + token("secretary")).header("Content-Type", "text/csv")
                        .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofString(
                                "document_type;document_number;first_name;first_surname;birth_date;gender\n"
                                        + "TI;3" + run + ";Ana;Gil;" + (year - 11) + "-05-20;F\n")), "POST import")));
        jobs.put("enrollment-service", job(at.enrollment("/"), http.postPreferringAsync(
                at.enrollment("/api/v1/enrollments/rollovers"), token("secretary"), Map.of("from_school_year_id",
                        schoolYearId.toString(), "to_school_year_id", UUID.randomUUID().toString(), "dry_run", true))));
        jobs.put("academic-service", job(at.academic("/"), http.postPreferringAsync(
                at.academic("/api/v1/promotions/computations"), token("coordinator"),
                Map.of("school_year_id", schoolYearId.toString()))));
    }

    /** The job a 202 started, once it has ended. */
    private UUID job(URI service, Reply accepted) {
        UUID id = UUID.fromString(expect(202, accepted).json().path("id").asText());
        URI job = service.resolve("/api/v1/jobs/" + id);
        eventually(() -> expect(200, http.get(job, token("rector"))).json(),
                view -> !view.path("status").asText().equals("running"), "job " + job + " to end");
        return id;
    }

    /**
     * The period that runs today opens and closes with the student on the roster: her report card is built, and the
     * year's promotions are computed (not confirmed).
     */
    private void closeSecondPeriod() {
        openPeriod(2);
        eventually(this::courseRoster, r -> r.size() == 1, "the course roster to have the student");
        closePeriod(2);
        reportCardId = UUID.fromString(reportCards(2).path(0).path("id").asText());
        promotionId = UUID.fromString(expect(200, http.post(at.academic("/api/v1/promotions/computations"),
                token("coordinator"), Map.of("school_year_id", schoolYearId.toString()))).json().path(0).path("id")
                .asText());
    }

    /**
     * A school ready to enroll: its rector, SIMAT codes and required documents, an active year, and a
     * member of each of {@code roles}.
     */
    public SchoolScenario open(List<String> roles) {
        createSchool();
        addMember(token("superadmin"), "rector");
        signInAs("rector");
        configure();
        openYear();
        for (String role : roles) {
            if (!tokens.containsKey(role)) {
                addMember(token("rector"), role);
                signInAs(role);
            }
        }
        return this;
    }

    /** Synchronized: seeding threads share a school's scenario, and a renewal writes {@link #tokens}. */
    public synchronized String token(String role) {
        if (role.equals("superadmin") && schoolId != null && !tokens.containsKey(role)) {
            tokens.put(role, signIn.token(SUPERADMIN, schoolId));
        }
        String token = tokens.get(role);
        if (token == null) {
            throw new IllegalStateException("no " + role + " signed in to this school yet");
        }
        if (expiresWithinAMinute(token)) {
            token = signIn.token(role.equals("superadmin") ? SUPERADMIN : email(role), schoolId);
            tokens.put(role, token);
        }
        return token;
    }

    /** A token lives 15 minutes; a scenario can run longer (bench/run's seeding): its members sign in again. */
    static boolean expiresWithinAMinute(String token) {
        String[] parts = token.split("\\.");
        try {
            long expiry = CLAIMS.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp").asLong(Long.MAX_VALUE);
            return expiry < Instant.now().plusSeconds(60).getEpochSecond();
        } catch (IOException | RuntimeException notAJwt) {
            return false; // a test's own token, sent as it is
        }
    }

    public String email(String role) {
        return role + "." + run + "@demo.athena.local";
    }

    public JsonNode createSchool() {
        String platform = signIn.token(SUPERADMIN, null);
        school = expect(201, http.post(at.tenancy("/api/v1/schools"), platform, Map.of(
                "name", "Institución Educativa Demo " + run, "nit", validNit(), "dane_code", dane(),
                "city", "Medellín", "department", "Antioquia"))).json();
        schoolId = UUID.fromString(school.path("id").asText());
        return school;
    }

    /** Invites {@code role}'s email with that role; their first sign-in ({@link #signInAs}) accepts it. */
    public void addMember(String asToken, String role) {
        addMember(asToken, role, role);
    }

    /** Invites a member known as {@code key} (e.g. {@code teacher7}) with {@code role}; signs in as {@code key}. */
    public void addMember(String asToken, String key, String role) {
        JsonNode invitation = expect(201, http.post(at.identity("/api/v1/invitations"), asToken,
                Map.of("email", email(key), "roles", List.of(role)))).json();
        invitations.put(key, UUID.fromString(invitation.path("id").asText()));
        users.put(key, SignIn.subject(email(key)));
    }

    /**
     * Signs in, which accepts a pending invitation. identity-service learns of a new school from
     * tenancy's event, a moment after its creation.
     */
    public String signInAs(String role) {
        String token = eventually(() -> signIn.exchange(email(role), schoolId), r -> r.status() == 200,
                "identity-service to let " + email(role) + " in").json().path("access_token").asText();
        tokens.put(role, token);
        return token;
    }

    public JsonNode configure() {
        Map<String, Object> settings = new LinkedHashMap<>();
        String dane = school.path("dane_code").asText();
        // where the school reports SIMAT from: Medellín, one sede (docs/simat.md)
        settings.put("simat_settings", Map.of("dane_code", dane, "municipality", "05001",
                "sedes", List.of(Map.of("cons_sede", dane + "01", "dane_code", dane, "name", "Sede principal"))));
        settings.put("habeas_data_text", "Autorizo el tratamiento de los datos personales del estudiante "
                + "conforme a la Ley 1581 de 2012.");
        List<String> required = new ArrayList<>(UPLOADED);
        required.addAll(CONSENTS);
        settings.put("required_documents", required);
        return expect(200, http.patch(at.tenancy("/api/v1/school/settings"), token("rector"), settings, null)).json();
    }

    public JsonNode openYear() {
        String rector = token("rector");
        JsonNode created = expect(201, http.post(at.tenancy("/api/v1/school-years"), rector, Map.of(
                "name", "Año lectivo " + year, "starts_on", yearStartsOn.toString(), "ends_on", yearEndsOn.toString())))
                .json();
        String path = "/api/v1/school-years/" + created.path("id").asText();
        for (int n = 1; n <= 4; n++) {
            LocalDate first = yearStartsOn.plusDays(90L * (n - 1));
            expect(201, http.post(at.tenancy(path + "/periods"), rector, Map.of("number", n, "name", "Periodo " + n,
                    "starts_on", first.toString(), "ends_on", first.plusDays(89).toString())));
        }
        JsonNode active = expect(200, http.post(at.tenancy(path + "/transitions"), rector, Map.of("to", "active"),
                quoted(created.path("version").asLong()))).json();
        schoolYearId = UUID.fromString(active.path("id").asText());
        return active;
    }

    /**
     * The rector starts from Ley 115's areas, adds sixth grade's mathematics, group 601, sixth grade's study plan,
     * and generates the year's courses from it.
     */
    public JsonNode defineAcademics() {
        String rector = token("rector");
        JsonNode areas = expect(200, http.post(at.academic("/api/v1/academic-areas/ley-general"), rector, Map.of()))
                .json();
        for (JsonNode area : areas) {
            if (area.path("code").asText().equals("MAT")) {
                areaId = UUID.fromString(area.path("id").asText());
            }
        }
        subjectId = created(http.post(at.academic("/api/v1/subjects"), rector, Map.of("area_id", areaId.toString(),
                "code", "MAT6", "name", "Matemáticas de sexto")));
        classGroupId = created(http.post(at.academic("/api/v1/class-groups"), rector, Map.of(
                "school_year_id", schoolYearId.toString(), "grade_level", 6, "code", "601", "shift", "morning",
                "capacity", 40)));
        studyPlanId = created(http.post(at.academic("/api/v1/study-plans"), rector, Map.of(
                "school_year_id", schoolYearId.toString(), "grade_level", 6,
                "subjects", List.of(Map.of("subject_id", subjectId.toString(), "weekly_hours", 5)))));
        JsonNode generated = expect(200, http.post(at.academic("/api/v1/course-offerings/generation"), rector,
                Map.of("school_year_id", schoolYearId.toString()))).json();
        courseOfferingId = UUID.fromString(generated.path("created").get(0).path("id").asText());
        return generated;
    }

    /**
     * The rector gives sixth grade's mathematics to the school's teacher. academic-service learns who teaches from
     * identity-service's membership event, a moment after the teacher's sign-in.
     */
    public JsonNode assignTeacher() {
        JsonNode assignment = eventually(() -> http.post(at.academic("/api/v1/course-offerings/" + courseOfferingId
                        + "/assignments"), token("rector"), Map.of("teacher_id", users.get("teacher").toString(),
                        "starts_on", yearStartsOn.toString())), r -> r.status() == 201,
                "academic-service to know the teacher " + email("teacher")).json();
        teacherAssignmentId = UUID.fromString(assignment.path("id").asText());
        return assignment;
    }

    /**
     * The teacher plans a quiz of sixth grade's mathematics in the second period. academic-service learns of the
     * year's periods from tenancy-service's events, a moment after they were made.
     */
    public JsonNode planActivity() {
        JsonNode activity = eventually(() -> http.post(at.academic("/api/v1/course-offerings/" + courseOfferingId
                        + "/activities"), token("teacher"), Map.of("period", 2, "type", "quiz", "title",
                        "Quiz de fracciones", "weight", 20)), r -> r.status() == 201,
                "academic-service to know the year's periods").json();
        activityId = UUID.fromString(activity.path("id").asText());
        return activity;
    }

    /** The rector opens the year's period {@code number} (draft → open), so that its scores can be entered. */
    public JsonNode openPeriod(int number) {
        return expect(200, http.post(at.tenancy("/api/v1/school-years/" + schoolYearId + "/periods/" + number
                + "/transitions"), token("rector"), Map.of("to", "open"))).json();
    }

    /**
     * The teacher plans a quiz of sixth grade's mathematics in an open period and grades the whole class with
     * {@code score}; then the course's grades as academic-service computes them. academic-service learns that the
     * period opened from tenancy-service's event, a moment later.
     */
    public JsonNode gradeClass(int period, double score) {
        UUID quiz = UUID.fromString(expect(201, http.post(at.academic("/api/v1/course-offerings/" + courseOfferingId
                + "/activities"), token("teacher"), Map.of("period", period, "type", "quiz", "title",
                "Quiz de fracciones", "weight", 100))).json().path("id").asText());
        List<Map<String, Object>> entries = new ArrayList<>();
        courseRoster().forEach(m -> entries.add(Map.of("student_id", m.path("student_id").asText(), "score", score)));
        eventually(() -> http.put(at.academic("/api/v1/activities/" + quiz + "/scores"), token("teacher"),
                Map.of("entries", entries)), r -> r.status() == 200,
                "academic-service to learn that period " + period + " is open");
        return expect(200, http.get(at.academic("/api/v1/course-offerings/" + courseOfferingId + "/grades"),
                token("teacher"))).json();
    }

    /** The rector closes the year's period {@code number} (open → closed): its grades stand, its report cards build. */
    public JsonNode closePeriod(int number) {
        return expect(200, http.post(at.tenancy("/api/v1/school-years/" + schoolYearId + "/periods/" + number
                + "/transitions"), token("rector"), Map.of("to", "closed"))).json();
    }

    /** Group 601's report cards of the period, once academic-service built them from the period's close. */
    public JsonNode reportCards(int period) {
        return eventually(() -> http.get(at.academic("/api/v1/report-cards?class_group_id=" + classGroupId
                        + "&period=" + period), token("rector")), r -> r.status() == 200 && r.json().size() > 0,
                "academic-service to build the period's report cards").json();
    }

    /** The coordinator publishes the period's report cards: each student's PDF and the group's are stored. */
    public JsonNode publishReportCards(int period) {
        return expect(200, http.post(at.academic("/api/v1/report-cards/publications"), token("coordinator"),
                Map.of("school_year_id", schoolYearId.toString(), "period", period))).json();
    }

    /** The text of a published report card's PDF, downloaded from its presigned URL as a parent's browser would. */
    public String reportCardText(UUID reportCard) {
        String url = expect(200, http.get(at.academic("/api/v1/report-cards/" + reportCard), token("rector")))
                .json().path("download_url").asText();
        Reply pdf = expect(200, http.send(HttpRequest.newBuilder(URI.create(url)).GET(), "GET the report card PDF"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new ScenarioFailure("the report card is not a readable PDF: " + e.getMessage());
        }
    }

    /** The year's promotion decisions as the school's rule computes them, then confirmed by the comisión. */
    public JsonNode promote() {
        Map<String, String> year = Map.of("school_year_id", schoolYearId.toString());
        expect(200, http.post(at.academic("/api/v1/promotions/computations"), token("coordinator"), year));
        return expect(200, http.post(at.academic("/api/v1/promotions/confirmations"), token("coordinator"), year))
                .json();
    }

    /** The rector plans next school year and its group 701 (grade 7). */
    public UUID planNextYear() {
        JsonNode next = expect(201, http.post(at.tenancy("/api/v1/school-years"), token("rector"), Map.of(
                "name", "Año lectivo " + (year + 1), "starts_on", yearEndsOn.plusDays(60).toString(),
                "ends_on", yearEndsOn.plusDays(360).toString()))).json();
        UUID nextYear = UUID.fromString(next.path("id").asText());
        created(http.post(at.academic("/api/v1/class-groups"), token("rector"), Map.of(
                "school_year_id", nextYear.toString(), "grade_level", 7, "code", "701", "shift", "morning",
                "capacity", 40)));
        return nextYear;
    }

    /** The secretary rolls this year over into {@code nextYear}, 601's promoted students into 701. */
    public JsonNode rollover(UUID nextYear, boolean dryRun) {
        return expect(200, http.post(at.enrollment("/api/v1/enrollments/rollovers"), token("secretary"), Map.of(
                "from_school_year_id", schoolYearId.toString(), "to_school_year_id", nextYear.toString(),
                "dry_run", dryRun, "promoted_groups", Map.of("601", "701")))).json();
    }

    /** The students of sixth grade's mathematics now, as academic-service placed them from enrollment events. */
    public JsonNode courseRoster() {
        return expect(200, http.get(at.academic("/api/v1/course-offerings/" + courseOfferingId + "/roster"),
                token("rector"))).json();
    }

    /** The teacher takes the roll of today's class of sixth grade's mathematics: everyone on the roster present. */
    public JsonNode takeAttendance() {
        LocalDate today = today();
        List<Map<String, String>> entries = new ArrayList<>();
        courseRoster().forEach(m -> entries.add(Map.of("student_id", m.path("student_id").asText(),
                "status", "present")));
        return expect(201, http.post(at.academic("/api/v1/course-offerings/" + courseOfferingId + "/attendance"),
                token("teacher"), Map.of("class_date", today.toString(), "entries", entries))).json();
    }

    /** The schools' day, as the services count it: a class date is a day in Colombia. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Bogota"));
    }

    /** A student as the school's teacher reads them in student-service (read:own_students). */
    public Reply studentAsTeacher(UUID student) {
        return http.get(at.student("/api/v1/students/" + student), token("teacher"));
    }

    /** A student of the school in no group the teacher teaches. */
    public UUID anotherGroupsStudent() {
        return UUID.fromString(expect(201, http.post(at.student("/api/v1/students"), token("secretary"), Map.of(
                "document_type", "TI", "document_number", "2" + run, "first_name", "Tomás", "first_surname", "Rey",
                "birth_date", (year - 13) + "-08-02", "gender", "M"))).json().path("id").asText());
    }

    private static UUID created(Reply reply) {
        return UUID.fromString(expect(201, reply).json().path("id").asText());
    }

    public JsonNode registerStudent() {
        documentNumber = "1" + run;
        JsonNode student = expect(201, http.post(at.student("/api/v1/students"), token("secretary"), Map.ofEntries(
                Map.entry("document_type", "TI"), Map.entry("document_number", documentNumber),
                Map.entry("first_name", "Sofía"), Map.entry("second_name", "Valentina"),
                Map.entry("first_surname", "Muñoz"), Map.entry("second_surname", "Peña"),
                Map.entry("birth_date", (year - 12) + "-03-14"), Map.entry("gender", "F"),
                // what SIMAT's Anexo 6A asks beyond the name (docs/simat.md)
                Map.entry("characterization", CHARACTERIZATION), Map.entry("sensitive_data", SENSITIVE_DATA),
                Map.entry("guardians", List.of(
                        guardian("43" + run.substring(0, 6), "Lucía Peña Restrepo", "madre", true, 1),
                        guardian("71" + run.substring(0, 6), "Andrés Muñoz Gil", "padre", false, 2)))))).json();
        studentId = UUID.fromString(student.path("id").asText());
        List<UUID> ids = new ArrayList<>();
        // the primary guardian first
        guardians().forEach(g -> ids.add(g.path("is_primary").asBoolean() ? 0 : ids.size(),
                UUID.fromString(g.path("id").asText())));
        guardianIds = ids;
        return student;
    }

    public JsonNode guardians() {
        return expect(200, http.get(at.student("/api/v1/students/" + studentId + "/guardians"), token("secretary")))
                .json();
    }

    public JsonNode enroll() {
        JsonNode enrollment = expect(201, requestEnrollment()).json();
        enrollmentId = UUID.fromString(enrollment.path("id").asText());
        return enrollment;
    }

    /** The request {@link #enroll} sends (the student in 601), answered as it came. */
    public Reply requestEnrollment() {
        return http.post(at.enrollment("/api/v1/enrollments"), token("secretary"), Map.of(
                "student_id", studentId.toString(), "school_year_id", schoolYearId.toString(),
                "grade_level", 6, "group_code", "601", "shift", "morning"));
    }

    public String documentsPath() {
        return "/api/v1/enrollments/" + enrollmentId + "/documents";
    }

    /** The three documents a family brings: a birth certificate and report card (PDF), an identity card (PNG). */
    public List<JsonNode> uploadDocuments() {
        String secretary = token("secretary");
        String base = documentsPath() + "/";
        return List.of(
                upload(secretary, base + "birth_certificate", "registro-civil.pdf",
                        SampleFiles.pdf("Registro civil de nacimiento - " + documentNumber)),
                upload(secretary, base + "identity_document", "tarjeta-identidad.png", SampleFiles.png()),
                upload(secretary, base + "report_card", "boletin.pdf", SampleFiles.pdf("Boletin final grado 5")));
    }

    /** The primary guardian accepts both consent forms; staff record it on their behalf. */
    public void acceptConsents() {
        for (String consent : CONSENTS) {
            expect(201, http.post(at.documents(documentsPath() + "/" + consent + "/acceptance"), token("secretary"),
                    Map.of("guardian_id", guardianIds.get(0).toString())));
        }
    }

    public JsonNode approveDocuments() {
        for (String type : UPLOADED) {
            expect(200, http.post(at.documents(documentsPath() + "/" + type + "/validation"), token("coordinator"),
                    Map.of("status", "approved", "note", "Legible y vigente")));
        }
        return checklist();
    }

    public JsonNode checklist() {
        return expect(200, http.get(at.documents(documentsPath()), token("coordinator"))).json();
    }

    public JsonNode enrollment() {
        return enrollment(enrollmentId);
    }

    public JsonNode enrollment(UUID id) {
        return expect(200, http.get(at.enrollment("/api/v1/enrollments/" + id), token("secretary"))).json();
    }

    public JsonNode awaitEnrollment(String status) {
        return eventually(this::enrollment, e -> e.path("status").asText().equals(status),
                "the enrollment to reach " + status);
    }

    public JsonNode awaitSimatStatus(String simatStatus) {
        return eventually(this::enrollment, e -> e.path("simat_status").asText().equals(simatStatus),
                "simat_status " + simatStatus);
    }

    public JsonNode activate() {
        return expect(200, http.post(at.enrollment("/api/v1/enrollments/" + enrollmentId + "/transitions"),
                token("rector"), Map.of("to", "active", "reason", "Matrícula aprobada"),
                quoted(enrollment().path("version").asLong()))).json();
    }

    public JsonNode history() {
        return expect(200, http.get(at.student("/api/v1/students/" + studentId + "/enrollment-history"),
                token("secretary"))).json();
    }

    /** The dry run of the Anexo 6A: what each student lacks, nothing stored. */
    public JsonNode checkSimat() {
        return expect(200, http.post(at.enrollment("/api/v1/simat/exports?dry_run=true"), token("secretary"),
                Map.of("school_year_id", schoolYearId.toString()))).json();
    }

    public Reply exportSimat() {
        return exportSimat("anexo_6a");
    }

    /** {@code kind}: anexo_6a (students to register) or novelties (the worklist of the rest). */
    public Reply exportSimat(String kind) {
        export = expect(201, http.post(at.enrollment("/api/v1/simat/exports"), token("secretary"),
                Map.of("school_year_id", schoolYearId.toString(), "kind", kind)));
        return export;
    }

    public JsonNode simatNovelties() {
        return expect(200, http.get(at.enrollment("/api/v1/simat/novelties?school_year_id=" + schoolYearId),
                token("secretary"))).json();
    }

    public JsonNode withdraw(String reason) {
        return expect(200, http.post(at.enrollment("/api/v1/enrollments/" + enrollmentId + "/transitions"),
                token("secretary"), Map.of("to", "withdrawn", "reason", reason),
                quoted(enrollment().path("version").asLong()))).json();
    }

    public UUID exportId() {
        String location = export.header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    public JsonNode confirmExport() {
        return expect(200, http.post(at.enrollment("/api/v1/simat/exports/" + exportId() + "/confirm"),
                token("secretary"), Map.of(), quoted(Long.parseLong(export.etag().replace("\"", ""))))).json();
    }

    private JsonNode upload(String token, String path, String fileName, byte[] content) {
        return expect(201, http.putFile(at.documents(path), token, "file", fileName, content)).json();
    }

    private static Map<String, Object> guardian(String number, String name, String relationship, boolean primary,
                                                int priority) {
        return Map.of("document_type", "CC", "document_number", number, "full_name", name, "relationship",
                relationship, "is_primary", primary, "priority", priority, "can_pickup", true,
                "is_emergency_contact", primary, "phone", "300" + number.substring(2));
    }

    public static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new ScenarioFailure(reply.request() + " answered " + reply.status() + " (expected " + status + "): "
                    + reply.text());
        }
        return reply;
    }

    /** Asynchronous effects (events) take a moment: polls until {@code done} holds, at most 30 s. */
    public static <T> T eventually(Supplier<T> read, Predicate<T> done, String what) {
        return eventually(read, done, what, EVENTUAL);
    }

    /** The same, for work that takes longer (a large import's job). */
    public static <T> T eventually(Supplier<T> read, Predicate<T> done, String what, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new ScenarioFailure("waited " + atMost.toSeconds() + " s for " + what + "; last seen: "
                        + (last instanceof Reply reply ? reply.status() + " " + reply.text() : last));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScenarioFailure("interrupted");
            }
            last = read.get();
        }
        return last;
    }

    public static String quoted(long version) {
        return "\"" + version + "\"";
    }

    /** A random 9-digit NIT base with its DIAN check digit (DESIGN §6). */
    private static String validNit() {
        int[] weights = {3, 7, 13, 17, 19, 23, 29, 37, 41};
        String base = "9" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * weights[i];
        }
        int r = sum % 11;
        return base + "-" + (r < 2 ? r : 11 - r);
    }

    private static String dane() {
        return "1" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
    }
}
