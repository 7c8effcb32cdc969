package co.athena.student.repository;

import co.athena.persistence.Rows;
import co.athena.persistence.TenantReads;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.student.domain.Characterization;
import co.athena.student.domain.SensitiveData;
import co.athena.student.domain.StudentSimatRecord;
import co.athena.student.domain.StudentSummary;
import co.athena.student.domain.StudentView;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The busiest student reads in SQL (see {@link TenantReads}): search and list, get without PIAR data, and the
 * SIMAT export's records.
 */
@ApplicationScoped
public class StudentReads {

    /** A summary's columns, and whether the student has PIAR data. */
    public static final String COLUMNS = "select id, document_type, document_number, first_name, second_name, "
            + "first_surname, second_surname, full_name, birth_date, gender, is_active, version, "
            + "piar_data is not null as has_piar from students";
    /** Every column but piar_data: this read never carries it (sensitive_data only when asked). */
    private static final String WITHOUT_PIAR = "select id, document_type, document_number, first_name, second_name, "
            + "first_surname, second_surname, full_name, birth_date, gender, is_active, extra_data, characterization, "
            + "case when $3 then sensitive_data end as sensitive_data, user_id, deactivation_reason, anonymized_at, "
            + "created_at, updated_at, version from students where school_id = $1 and id = $2";

    private static final String SIMAT_RECORDS = "select id, document_type, document_number, first_name, second_name, "
            + "first_surname, second_surname, birth_date, gender, is_active, characterization, "
            + "case when $3 then sensitive_data end as sensitive_data from students "
            + "where school_id = $1 and id = any($2) order by id";

    /**
     * The list and search walk the school's (school_id, id) index in id order and stop at the page's end. Under
     * row-level security the trigram index cannot serve the name match (LIKE is not LEAKPROOF, and only a superuser
     * could mark it so), and the planner, underestimating how many names match, would rather read the whole school
     * and sort it: in a school of 20,000, a common name's page took 16 ms that way and 0.7 ms walking.
     * bench/run's twin sends it too.
     */
    public static final String WALK_IN_ID_ORDER = "set local enable_bitmapscan = off; set local enable_seqscan = off";
    /**
     * How many of the school's students a search with words walks at first: a common word fills its page sooner,
     * and a rare one would otherwise be looked for in every student of the school.
     */
    public static final int WINDOW = 1000;
    /**
     * The students the words name, found through the names' trigram index by students_named
     * (V6__student_names.sql) at the same cost in a school of 20,000 as in one of 200; null when too many match for
     * that to pay.
     */
    public static final String NAMED = "select students_named($1, $2) as ids";
    /** The cursor of a first page: every id comes after it. */
    public static final UUID BEFORE_EVERY_ID = new UUID(0, 0);

    private final TenantReads reads;

    public StudentReads(TenantReads reads) {
        this.reads = reads;
    }

    /**
     * Students in id order. Every word must appear in the name (accents and case ignored, in search_name), or the
     * whole query starts the document number. With {@code taughtBy}, only
     * the students that teacher teaches now; with {@code piarFlag}, whether each has PIAR adjustments. Words are
     * looked for {@link #inWindow} first; when that does not fill the page and the school has more students, among
     * the students {@link #NAMED} names, or (too many to name) by walking on.
     */
    public Uni<List<StudentSummary>> find(UUID school, List<String> words, String documentPrefix, Boolean active,
                                          Integer birthYear, UUID taughtBy, boolean piarFlag, PageRequest page) {
        Function<Row, StudentSummary> row = r -> summary(r, piarFlag);
        KeysetQuery walk = search(school, words, documentPrefix, null, active, birthYear, taughtBy);
        return reads.inSchool(school, connection -> connection.query(WALK_IN_ID_ORDER).execute().chain(() -> {
            if (words.isEmpty()) {
                return walk.list(connection, COLUMNS, row, page);
            }
            KeysetQuery.Sql window = inWindow(walk, school, page);
            return connection.preparedQuery(window.text()).execute(Tuple.from(window.values())).chain(rows -> {
                List<StudentSummary> found = new ArrayList<>(rows.size());
                boolean beyond = false;
                for (Row r : rows) {
                    beyond = Boolean.TRUE.equals(r.getBoolean("beyond"));
                    if (r.getUUID("id") != null) {
                        found.add(row.apply(r));
                    }
                }
                if (found.size() == page.fetchSize() || !beyond) {
                    return Uni.createFrom().item(found);
                }
                return connection.preparedQuery(NAMED)
                        .execute(Tuple.tuple().addArrayOfString(words.toArray(String[]::new)).addString(documentPrefix))
                        .map(named -> named.iterator().next().getArrayOfUUIDs("ids"))
                        .chain(named -> (named == null ? walk : search(school, words, documentPrefix, named, active,
                                birthYear, taughtBy)).list(connection, COLUMNS, row, page));
            });
        }));
    }

    /**
     * A search's first statement (bench/run's twin sends it too): the page among the school's next {@link #WINDOW}
     * students in id order, after the cursor, and, when that page is not full, {@code beyond}: whether the school has
     * students past them (when it has none, that page is the whole answer). Never empty: when nothing matched, one
     * row of nulls carries {@code beyond}. The school's students are counted only then (a lazy InitPlan in a CASE):
     * a full page, the common case, pays nothing for it.
     */
    public static KeysetQuery.Sql inWindow(KeysetQuery search, UUID school, PageRequest page) {
        KeysetQuery.Sql inWindow = search.sql(COLUMNS.replace(" from students",
                " from (select * from students where school_id = :school" + (page.after().isPresent() ? " and id > :pageAfter" : "")
                        + " order by id limit " + WINDOW + ") students"), page);
        List<Object> values = new ArrayList<>(inWindow.values());
        values.addAll(List.of(page.fetchSize(), school, page.after().orElse(BEFORE_EVERY_ID)));
        int size = values.size();
        return new KeysetQuery.Sql("select p.*, case when count(p.id) over () < $" + (size - 2) + " then (select exists "
                + "(select 1 from students where school_id = $" + (size - 1) + " and id > $" + size + " offset " + WINDOW
                + ")) end as beyond from (select 1) one left join lateral (" + inWindow.text() + ") p on true order by p.id",
                values);
    }

    /**
     * The search's conditions (bench/run's twin sends them too): the students {@code named} when students_named
     * found them, else each word matched while walking. Each word's pattern is then a subquery, computed once per
     * execution: the pool keeps its statements prepared, and PostgreSQL's generic plan for one would otherwise
     * normalize the word again for every row it reads.
     */
    public static KeysetQuery search(UUID school, List<String> words, String documentPrefix, UUID[] named,
                                     Boolean active, Integer birthYear, UUID taughtBy) {
        KeysetQuery query = KeysetQuery.on("id").where("school_id = :school", "school", school)
                .where(TeachingScopeRepository.TAUGHT_BY_TEACHER, "teacher", taughtBy)
                .where("id = any(:named)", "named", named);
        if (!words.isEmpty() && named == null) {
            Map<String, Object> values = new HashMap<>(Map.of("document", documentPrefix));
            List<String> names = new ArrayList<>();
            for (int n = 0; n < words.size(); n++) {
                names.add("search_name like (select '%' || search_normalize(:word" + n + ") || '%')");
                values.put("word" + n, words.get(n));
            }
            query.where("((" + String.join(" and ", names) + ") or document_number like :document || '%')", values);
        }
        return query.where("is_active = :active", "active", active)
                .where("extract(year from birth_date) = :year", "year", birthYear);
    }

    /** The student, or null when this school has none with this id. */
    public Uni<StudentView> withoutPiar(UUID school, UUID id, boolean withSensitiveData) {
        return reads.inSchool(school, connection -> connection.preparedQuery(WITHOUT_PIAR)
                .execute(Tuple.of(school, id, withSensitiveData))
                .map(rows -> rows.size() == 0 ? null : student(rows.iterator().next())));
    }

    /** The students of this school among {@code ids}, as the SIMAT export reads them. */
    public Uni<List<StudentSimatRecord>> simatRecords(UUID school, List<UUID> ids, boolean withSensitiveData) {
        return reads.inSchool(school, connection -> connection.preparedQuery(SIMAT_RECORDS)
                .execute(Tuple.of(school, ids.toArray(UUID[]::new), withSensitiveData))
                .map(rows -> {
                    List<StudentSimatRecord> records = new ArrayList<>(rows.size());
                    rows.forEach(row -> records.add(simatRecord(row)));
                    return records;
                }));
    }

    private static StudentSimatRecord simatRecord(Row row) {
        JsonObject sensitive = row.getJsonObject("sensitive_data");
        return new StudentSimatRecord(row.getUUID("id"), row.getString("document_type"),
                row.getString("document_number"), row.getString("first_name"), row.getString("second_name"),
                row.getString("first_surname"), row.getString("second_surname"), row.getLocalDate("birth_date"),
                row.getString("gender"), row.getBoolean("is_active"),
                Characterization.fromStored(row.getJsonObject("characterization").getMap()),
                sensitive == null ? null : SensitiveData.fromStored(sensitive.getMap()));
    }

    private static StudentView student(Row row) {
        JsonObject extraData = row.getJsonObject("extra_data");
        JsonObject sensitive = row.getJsonObject("sensitive_data");
        return new StudentView(row.getUUID("id"), row.getString("document_type"), row.getString("document_number"),
                row.getString("first_name"), row.getString("second_name"), row.getString("first_surname"),
                row.getString("second_surname"), row.getString("full_name"), row.getLocalDate("birth_date"),
                row.getString("gender"), row.getBoolean("is_active"), extraData == null ? Map.of() : extraData.getMap(),
                Characterization.fromStored(row.getJsonObject("characterization").getMap()),
                sensitive == null ? null : SensitiveData.fromStored(sensitive.getMap()),
                null, row.getUUID("user_id"), row.getString("deactivation_reason"), Rows.instant(row, "anonymized_at"), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"), row.getLong("version"));
    }

    private static StudentSummary summary(Row row, boolean piarFlag) {
        return new StudentSummary(row.getUUID("id"), row.getString("document_type"), row.getString("document_number"),
                row.getString("first_name"), row.getString("second_name"), row.getString("first_surname"),
                row.getString("second_surname"), row.getString("full_name"), row.getLocalDate("birth_date"),
                row.getString("gender"), row.getBoolean("is_active"), row.getLong("version"),
                piarFlag ? row.getBoolean("has_piar") : null);
    }
}
