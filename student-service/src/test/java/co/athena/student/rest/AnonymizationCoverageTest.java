package co.athena.student.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.rector;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymization (Ley 1581) read from the schema, not from the code: every column of every table of
 * student-service is personal — it must be emptied or changed for the anonymized student — unless it is
 * listed below as kept, with why. A new column or table fails here until someone decides.
 */
@QuarkusTest
class AnonymizationCoverageTest {

    /** How to find one student's rows in each table that holds data about students. */
    private static final Map<String, String> ROWS_OF_STUDENT = Map.of(
            "students", "id = ?",
            "guardians", "id in (select guardian_id from student.student_guardians where student_id = ?)",
            "student_guardians", "student_id = ?",
            "enrollment_history", "student_id = ?",
            "student_enrollments", "student_id = ?",
            "student_access_log", "student_id = ?",
            "class_group_members", "student_id = ?",
            "student_names", "student_id = ?");

    /**
     * Tables of the service's own bookkeeping: no personal data (events carry ids and codes only); stored
     * answers for Idempotency-Key replays that mention the student are deleted with the anonymization
     * ({@link DataSubjectRightsTest}); which groups a teacher teaches names no student; a job (an import) keeps
     * counts and the rows and fields that failed it, never their values.
     */
    private static final Set<String> BOOKKEEPING = Set.of("outbox", "processed_events", "flyway_schema_history",
            "idempotency_keys", "teaching_assignments", "jobs");

    private static final Set<String> STUDENT_RECORD = Set.of("id", "school_id", "created_at", "updated_at", "version");

    /** Columns anonymization keeps, per table, and why. */
    private static final Map<String, Set<String>> KEPT = Map.of(
            // the record stays (who, when, which school), marked; sex is counted by SIMAT and names no one
            "students", union(STUDENT_RECORD, Set.of("gender", "is_active", "anonymized_at")),
            "guardians", union(STUDENT_RECORD, Set.of("document_type")),
            // links, statuses and the access log name no one once both ends are scrubbed; they are the record
            "student_guardians", Set.of("school_id", "student_id", "guardian_id", "relationship", "is_primary",
                    "priority", "can_pickup", "is_emergency_contact", "created_at"),
            "enrollment_history", Set.of("id", "school_id", "student_id", "enrollment_id", "school_year_id", "event_id",
                    "from_status", "to_status", "grade_level", "group_code", "shift", "changed_by", "changed_at",
                    "enrollment_version"),
            "student_enrollments", Set.of("enrollment_id", "school_id", "student_id", "school_year_id", "status",
                    "grade_level", "group_code", "shift", "enrollment_version"),
            "student_access_log", Set.of("id", "school_id", "student_id", "actor", "action", "fields", "at"),
            // which group the student is in names no one once the student is scrubbed; teachers' scope needs it
            "class_group_members", Set.of("membership_id", "school_id", "class_group_id", "student_id", "open",
                    "updated_at"),
            // the name search's copy follows the scrubbed name and document number (a trigger on students)
            "student_names", Set.of("student_id", "school_id"));

    @Test
    void everyTableOfTheSchemaIsEitherAboutStudentsOrBookkeeping() throws SQLException {
        Set<String> undecided = new TreeSet<>(tables());
        undecided.removeAll(ROWS_OF_STUDENT.keySet());
        undecided.removeAll(BOOKKEEPING);
        assertEquals(Set.of(), undecided, "tables nobody decided how anonymization treats");
    }

    @Test
    void everyPersonalColumnIsEmptiedOrChanged() throws SQLException {
        UUID school = UUID.randomUUID();
        UUID id = studentWithEveryPersonalFieldFilled(school);
        Map<String, List<Map<String, Object>>> before = rowsOf(id);

        rector(school).post("/api/v1/students/" + id + "/anonymize").then().statusCode(200);
        Map<String, List<Map<String, Object>>> after = rowsOf(id);

        List<String> survived = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> table : before.entrySet()) {
            Set<String> kept = KEPT.getOrDefault(table.getKey(), Set.of());
            for (Map<String, Object> row : table.getValue()) {
                Map<String, Object> later = after.get(table.getKey()).stream()
                        .filter(r -> Objects.equals(r.get(key(row)), row.get(key(row)))).findFirst().orElseThrow();
                for (Map.Entry<String, Object> column : row.entrySet()) {
                    String name = table.getKey() + "." + column.getKey();
                    if (kept.contains(column.getKey())) {
                        continue;
                    }
                    if (column.getValue() == null) {
                        untested.add(name);
                    } else if (Objects.equals(column.getValue(), later.get(column.getKey()))) {
                        survived.add(name + " = " + column.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), untested, "personal columns the fixture leaves empty (fill them so the test means something)");
        assertEquals(List.of(), survived, "personal data that survived anonymization");
        assertTrue(before.get("guardians").size() == 1 && before.get("enrollment_history").size() == 1, before.toString());
    }

    /**
     * A deactivated student with PIAR and extra data, a user account, a sole guardian with every contact
     * field and an account, and an enrollment-history row with staff's words (written before events
     * carried reason codes only).
     */
    private static UUID studentWithEveryPersonalFieldFilled(UUID school) throws SQLException {
        Map<String, Object> guardian = Map.of("document_type", "CC", "document_number", cc(), "full_name", "Rosa Vélez",
                "relationship", "madre", "is_primary", true, "phone", "3001234567", "email", "rosa@correo.co",
                "address", "Calle 10 # 4-21, Medellín");
        Map<String, Object> body = with(with(with(student(ti(), "Paula", "Andrea", "Vélez", "Mora"),
                "piar_data", Map.of("diagnostico", "TDAH")), "extra_data", Map.of("eps", "Sura")),
                "guardians", List.of(guardian));
        body.put("characterization", Map.of("residence", Map.of("department", "05", "municipality", "05001",
                "address", "Calle 10 # 4-21", "neighborhood", "Laureles"), "estrato", "3"));
        body.put("sensitive_data", Map.of("ethnic_group", "97", "disability", "99"));
        UUID id = UUID.fromString(rector(school).body(body).post("/api/v1/students").then().statusCode(201)
                .extract().path("id"));
        rector(school).queryParam("reason", "traslado a Bogotá").delete("/api/v1/students/" + id).then().statusCode(200);
        TestDatabase.update("update student.students set user_id = ? where id = ?", UUID.randomUUID(), id);
        TestDatabase.update("update student.guardians set user_id = ? where id in (select guardian_id from "
                + "student.student_guardians where student_id = ?)", UUID.randomUUID(), id);
        TestDatabase.update("""
                insert into student.enrollment_history (id, school_id, student_id, enrollment_id, school_year_id, event_id,
                  from_status, to_status, grade_level, group_code, shift, reason, changed_by, changed_at, enrollment_version)
                values (?, ?, ?, ?, ?, ?, 'active', 'withdrawn', 6, '601', 'morning', 'se va con la mamá a Bogotá',
                  'secretaria', now(), 3)""", UUID.randomUUID(), school, id, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        return id;
    }

    private static String key(Map<String, Object> row) {
        return row.containsKey("id") ? "id" : row.containsKey("enrollment_id") ? "enrollment_id" : "guardian_id";
    }

    private static Set<String> tables() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection db = TestDatabase.asAdmin(); PreparedStatement query = db.prepareStatement(
                "select table_name from information_schema.tables where table_schema = 'student' and table_type = 'BASE TABLE'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, List<Map<String, Object>>> rowsOf(UUID student) throws SQLException {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        try (Connection db = TestDatabase.asAdmin()) {
            for (Map.Entry<String, String> table : ROWS_OF_STUDENT.entrySet()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (PreparedStatement query = db.prepareStatement(
                        "select * from student." + table.getKey() + " where " + table.getValue())) {
                    query.setObject(1, student);
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                                Object value = result.getObject(c);
                                row.put(result.getMetaData().getColumnName(c), value == null ? null : value.toString());
                            }
                            rows.add(row);
                        }
                    }
                }
                all.put(table.getKey(), rows);
            }
        }
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
