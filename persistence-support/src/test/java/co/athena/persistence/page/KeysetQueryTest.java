package co.athena.persistence.page;

import co.athena.shared.page.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeysetQueryTest {

    private static final UUID SCHOOL = UUID.fromString("01890000-0000-7000-8000-000000000001");
    private static final UUID CURSOR = UUID.fromString("01890000-0000-7000-8000-0000000000ff");

    @Test
    void theFirstPageIsTheConditionsInIdOrder() {
        KeysetQuery query = KeysetQuery.on("id").where("schoolId = :school", "school", SCHOOL);
        PageRequest first = new PageRequest(50, Optional.empty());

        assertEquals("schoolId = :school order by id", query.keyset(first));
        assertEquals(Map.of("school", SCHOOL), query.paramsOf(first));
    }

    @Test
    void aLaterPageStartsAfterTheCursor() {
        KeysetQuery query = KeysetQuery.on("u.id").where("u.active = :active", "active", true);
        PageRequest next = new PageRequest(50, Optional.of(CURSOR));

        assertEquals("u.active = :active and u.id > :pageAfter order by u.id", query.keyset(next));
        assertEquals(Map.of("active", true, "pageAfter", CURSOR), query.paramsOf(next));
    }

    @Test
    void anAbsentFilterIsLeftOut() {
        KeysetQuery query = KeysetQuery.on("id").where("schoolId = :school", "school", SCHOOL)
                .where("status = :status", "status", null);

        assertEquals("schoolId = :school order by id", query.keyset(new PageRequest(10, Optional.empty())));
    }

    @Test
    void noConditionsAtAllStillPages() {
        assertEquals("1 = 1 order by id", KeysetQuery.on("id").keyset(new PageRequest(10, Optional.empty())));
    }

    @Test
    void asSqlEveryNamedParameterBecomesPositionalInOrderAndCastsStay() {
        KeysetQuery query = KeysetQuery.on("id").where("school_id = :school", "school", SCHOOL)
                .where("extra_data::text like :word", "word", "%x%");

        KeysetQuery.Sql sql = query.sql("select id from students", new PageRequest(20, Optional.of(CURSOR)));

        assertEquals("select id from students where school_id = $1 and extra_data::text like $2 and id > $3 "
                + "order by id limit $4", sql.text());
        assertEquals(List.of(SCHOOL, "%x%", CURSOR, 21), sql.values());
    }
}
