package co.athena.suite.demo;

import static co.athena.suite.scenario.SchoolScenario.eventually;

import co.athena.suite.client.Endpoints;
import co.athena.suite.client.Reply;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import co.athena.suite.scenario.ScenarioFailure;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code ./athena demo}: one school's enrollment from the first call to the SIMAT file, through the
 * public REST APIs only ({@link SchoolScenario}). Each step prints what it did and checks what came
 * back; the first one that does not do what it should stops the demo with exit status 1.
 */
public final class Demo {

    private final SchoolScenario school;
    private int step;

    private Demo(Path keys, int portOffset) {
        Endpoints at = new Endpoints(portOffset);
        SuiteHttp http = new SuiteHttp();
        this.school = new SchoolScenario(at, http, new SignIn(keys, at, http));
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path keys = Path.of(args.length > 0 ? args[0] : ".athena/keys");
        int offset = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Demo demo = new Demo(keys, offset);
        try {
            demo.run();
            System.out.println("\nDemo passed: every step did what it should.");
        } catch (RuntimeException e) {
            System.out.println("  FAILED: " + e.getMessage());
            System.err.println("athena demo: step " + demo.step + " failed");
            System.exit(1);
        }
    }

    private void run() {
        JsonNode created = step("The superadmin creates a school with a valid NIT", school::createSchool);
        say("school " + school.schoolId + ", NIT " + created.path("nit").asText());
        step("The superadmin creates the rector " + school.email("rector") + " and gives them the school", () -> {
            school.addMember(school.token("superadmin"), "rector");
            return school.signInAs("rector");
        });
        step("The rector sets SIMAT codes, the habeas data text and the required documents", school::configure);
        JsonNode year = step("The rector opens school year " + school.year + " with four periods", school::openYear);
        check(year.path("status").asText().equals("active"), "the year is " + year.path("status"));
        JsonNode courses = step("The rector starts from Ley 115's areas, adds sixth grade's mathematics, group 601 "
                + "and its study plan, and generates the year's courses", school::defineAcademics);
        check(courses.path("created").size() == 1, "the generation created " + courses.path("created"));
        step("The rector adds a secretary, a coordinator and a teacher", () -> {
            for (String role : List.of("secretary", "coordinator", "teacher")) {
                school.addMember(school.token("rector"), role);
                school.signInAs(role);
            }
            return null;
        });
        JsonNode assigned = step("The rector gives sixth grade's mathematics in 601 to the teacher",
                school::assignTeacher);
        check(assigned.path("teacher_id").asText().equals(school.users.get("teacher").toString()),
                "the course went to " + assigned.path("teacher_id"));
        JsonNode student = step("The secretary registers a student with two guardians and her SIMAT characterization",
                school::registerStudent);
        String home = student.at("/characterization/residence/municipality_name").asText();
        say("TI " + school.documentNumber + ", guardians " + school.guardianIds + ", lives in " + home
                + ", estrato " + student.at("/characterization/estrato").asText());
        check(home.equals("MEDELLÍN"), "the residence answered as " + student.at("/characterization/residence"));
        check(school.guardianIds.size() == 2, "the student has " + school.guardianIds.size() + " guardians");
        JsonNode enrollment = step("The secretary enrolls her in grade 6, group 601, morning shift", school::enroll);
        check(enrollment.path("status").asText().equals("pending_documents"),
                "a new enrollment is " + enrollment.path("status"));
        step("The secretary uploads the birth certificate (PDF), identity card (PNG) and report card (PDF)", () -> {
            school.uploadDocuments().forEach(d -> say(d.path("document_type").asText() + ": "
                    + d.path("metadata").path("size_bytes").asText() + " bytes, sha-256 "
                    + d.path("metadata").path("sha256").asText()));
            return null;
        });
        step("The mother accepts the habeas data and data-processing consents (recorded by the secretary)", () -> {
            school.acceptConsents();
            return null;
        });
        JsonNode checklist = step("The coordinator approves the three documents", school::approveDocuments);
        check(checklist.path("complete").asBoolean(), "the checklist is not complete: " + checklist);
        step("The enrollment moves to in_review by itself (documents checklist event)",
                () -> school.awaitEnrollment("in_review"));
        JsonNode active = step("The rector activates the enrollment", school::activate);
        check(active.path("status").asText().equals("active"), "the enrollment is " + active.path("status"));
        JsonNode history = step("The student's enrollment history shows every status", () -> eventually(
                school::history, h -> statuses(h).equals(List.of("pending_documents", "in_review", "active")),
                "the history to read pending_documents → in_review → active"));
        say(String.join(" → ", statuses(history)));
        JsonNode roster = step("The student appears on the roster of 601's mathematics, the teacher's course",
                () -> eventually(school::courseRoster, r -> r.size() == 1, "the course roster to have her"));
        check(roster.path(0).path("student_id").asText().equals(school.studentId.toString()),
                "the roster holds " + roster);
        JsonNode roll = step("The teacher takes the roll of today's mathematics class: she is present",
                school::takeAttendance);
        check(roll.path("records").size() == 1 && roll.path("records").path(0).path("status").asText().equals("present"),
                "the roll reads " + roll);
        JsonNode seen = step("The teacher reads her student in student-service (read:own_students)", () -> eventually(
                () -> school.studentAsTeacher(school.studentId), r -> r.status() == 200,
                "the teacher's scope to include her student").json());
        check(seen.path("full_name").asText().startsWith("Sofía") && !seen.has("sensitive_data"),
                "the teacher reads " + seen);
        Reply stranger = step("The teacher asks for a student of another group: 404, as if there were none",
                () -> school.studentAsTeacher(school.anotherGroupsStudent()));
        check(stranger.status() == 404, "the teacher got " + stranger.status());
        step("The rector opens the period that runs today", () -> school.openPeriod(2));
        JsonNode grades = step("The teacher plans a quiz for the period and grades the class: 4.5",
                () -> school.gradeClass(2, 4.5));
        JsonNode grade = grades.path("students").path(0).path("periods").path(0).path("grade");
        check(grade.path("value").asDouble() == 4.5 && grade.path("level").asText().equals("alto"),
                "the course's grades read " + grades);
        say("her grade in mathematics: " + grade.path("value").asText() + ", " + grade.path("level").asText()
                + " (Decreto 1290's scale, by the school's default evaluation system)");
        step("SIMAT sync marks the enrollment as a pending new enrollment",
                () -> school.awaitSimatStatus("pending_enrollment"));
        JsonNode check = step("The secretary checks the Anexo 6A before building it (dry run)", school::checkSimat);
        check(check.path("ready").asInt() == 1 && check.path("refused").isEmpty(),
                "the dry run refuses the student: " + check);
        Reply export = step("The secretary downloads the Anexo 6A export (54 columns, latin-1, ';')",
                school::exportSimat);
        checkExport(export);
        step("The secretary confirms the export after uploading it to SIMAT; the enrollment is synced", () -> {
            school.confirmExport();
            return school.awaitSimatStatus("synced");
        });
        step("The rector closes the period", () -> school.closePeriod(2));
        JsonNode cards = step("academic-service builds each student's report card of the period, as a draft",
                () -> school.reportCards(2));
        check(cards.size() == 1 && cards.path(0).path("status").asText().equals("draft"),
                "the period's report cards read " + cards);
        JsonNode published = step("The coordinator publishes the period's report cards: a PDF per student and one "
                + "per group", () -> school.publishReportCards(2));
        check(published.path("published").asInt() == 1, "the publication reads " + published);
        String card = step("The rector downloads her report card by its 5-minute link and reads it",
                () -> school.reportCardText(UUID.fromString(cards.path(0).path("id").asText())));
        for (String expected : List.of("Informe académico del período 2", "Sofía", "Matemáticas de sexto", "4.5",
                "Alto", "Fallas en el período: 0")) {
            check(card.contains(expected), "the report card does not say " + expected + ":\n" + card);
        }
        card.lines().filter(line -> line.contains("Matemáticas de sexto")).findFirst().ifPresent(Demo::say);
        JsonNode decisions = step("The year ends: the coordinator computes promotions and the comisión confirms "
                + "them", school::promote);
        check(decisions.size() == 1 && decisions.path(0).path("outcome").asText().equals("promoted")
                && !decisions.path(0).path("confirmed_at").isNull(), "the decisions read " + decisions);
        UUID nextYear = step("The rector plans next school year and its group 701", school::planNextYear);
        JsonNode dryRun = step("The secretary rolls the year over as a dry run: nothing written",
                () -> school.rollover(nextYear, true));
        JsonNode planned = dryRun.path("students").path(0);
        check(planned.path("action").asText().equals("enroll") && planned.path("grade_level").asInt() == 7
                && !planned.hasNonNull("enrollment_id"), "the dry run reads " + dryRun);
        JsonNode rolled = step("The secretary rolls the year over: her grade-7 enrollment in 701 for next year",
                () -> school.rollover(nextYear, false));
        JsonNode next = school.enrollment(UUID.fromString(rolled.path("students").path(0).path("enrollment_id")
                .asText()));
        check(next.path("grade_level").asInt() == 7 && next.path("group_code").asText().equals("701")
                && next.path("school_year_id").asText().equals(nextYear.toString()), "next year's enrollment reads "
                + next);
        say("next year: grade " + next.path("grade_level").asText() + ", group " + next.path("group_code").asText()
                + ", " + next.path("status").asText());
        step("The family moves away: the secretary withdraws the enrollment", () -> school.withdraw("Cambio de ciudad"));
        step("The teacher no longer reads the withdrawn student", () -> eventually(
                () -> school.studentAsTeacher(school.studentId), r -> r.status() == 404,
                "the teacher's scope to drop the withdrawn student"));
        JsonNode novelties = step("The withdrawal waits in the SIMAT novelty worklist", () -> {
            school.awaitSimatStatus("pending_withdrawal");
            return school.simatNovelties();
        });
        JsonNode withdrawal = novelties.path("items").path(0);
        check(novelties.path("items").size() == 1 && withdrawal.path("novelty").asText().equals("RETIRO"),
                "the worklist reads " + novelties);
        say(withdrawal.path("novelty").asText() + " of " + withdrawal.path("document_number").asText() + " on "
                + withdrawal.path("date").asText() + ", to key into SIMAT's \"" + withdrawal.path("simat_screen").asText()
                + "\"");
        Reply worklist = step("The secretary downloads the worklist, keys it into SIMAT and confirms it", () -> {
            Reply file = school.exportSimat("novelties");
            school.confirmExport();
            school.awaitSimatStatus("synced");
            return file;
        });
        say(new String(worklist.body(), StandardCharsets.ISO_8859_1).lines().skip(1).findFirst().orElse(""));
    }

    private void checkExport(Reply export) {
        String csv = new String(export.body(), StandardCharsets.ISO_8859_1);
        check(String.valueOf(export.header("Content-Type")).toLowerCase().contains("iso-8859-1"),
                "the export's content type is " + export.header("Content-Type"));
        String row = csv.lines().filter(line -> line.contains(";" + school.documentNumber + ";")).findFirst()
                .orElseThrow(() -> new ScenarioFailure("the export has no row for " + school.documentNumber + ":\n"
                        + csv));
        List<String> columns = List.of(csv.lines().findFirst().orElseThrow().split(";", -1));
        String[] fields = row.split(";", -1);
        check(columns.size() == 54 && fields.length == 54, "the file has " + columns.size() + " columns and the row "
                + fields.length + " fields: " + row);
        Map<String, String> wanted = Map.of("TIPO_DOCUMENTO", "2", "APELLIDO1", "MUÑOZ", "GRADO", "6",
                "TIPO_JORNADA", "2", "GRUPO", "601", "NAC_MUN", "001", "ESTRATO", "3", "SISBEN IV", "C4");
        wanted.forEach((column, value) -> check(value.equals(fields[columns.indexOf(column)]),
                column + " is " + fields[columns.indexOf(column)] + ", not " + value + ": " + row));
        boolean latin1 = false;
        for (byte b : export.body()) {
            latin1 |= b == (byte) 0xD1;
        }
        check(latin1, "Ñ is not the single latin-1 byte 0xD1");
        say(csv.lines().findFirst().orElse(""));
        say(row);
    }

    private static List<String> statuses(JsonNode history) {
        List<String> statuses = new ArrayList<>();
        history.forEach(entry -> statuses.add(entry.path("to_status").asText()));
        return statuses;
    }

    private <T> T step(String what, Supplier<T> action) {
        step++;
        System.out.println("[" + step + "] " + what);
        T result = action.get();
        System.out.println("    ok");
        return result;
    }

    private static void say(String detail) {
        System.out.println("      " + detail);
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new ScenarioFailure(failure);
        }
    }
}
