package co.athena.suite.bench;

import co.athena.suite.bench.StatementLog.Statement;
import co.athena.suite.bench.StatementLog.Transaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A correction as PostgreSQL logged it, read back and replayed: what academic-service's twins are made of. */
class TwinScriptTest {

    private static final String OLD = "'01a23449-0000-7000-8000-000000000001'";
    private static final String NEW = "'01a23449-0000-7000-8000-000000000002'";
    private static final String OTHER_OLD = "'01a23449-0000-7000-8000-000000000003'";
    private static final String OTHER_NEW = "'01a23449-0000-7000-8000-000000000004'";

    /** A correction of two records by academic_app, and the relay's poll by the same role and another's in between. */
    private static final String LOG = """
            2026-12-02 01:07:03.586 UTC [17472] academic_app 21/509 LOG:  statement: BEGIN
            2026-12-02 01:07:03.587 UTC [17500] academic_app 22/10 LOG:  statement: BEGIN
            2026-12-02 01:07:03.587 UTC [17500] academic_app 22/10 LOG:  execute 0000003: select id from academic.outbox order by id limit 100
            2026-12-02 01:07:03.592 UTC [17472] academic_app 21/509 LOG:  execute 0000002: select cast(set_config('app.school_id',$1,true) as varchar)
            2026-12-02 01:07:03.592 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = 's1'
            2026-12-02 01:07:03.593 UTC [17600] student_app 23/7 LOG:  execute 0000004: select 1
            2026-12-02 01:07:03.598 UTC [17472] academic_app 21/509 LOG:  execute 000000D: select id
            	from academic.attendance_records where note = $1 and superseded_by is null
            2026-12-02 01:07:03.598 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = 'it''s: late'
            2026-12-02 01:07:03.603 UTC [17472] academic_app 21/509 LOG:  execute 0000019: update academic.attendance_records set note=$1,superseded_by=$2 where id=$3
            2026-12-02 01:07:03.603 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = NULL, $2 = %s, $3 = %s
            2026-12-02 01:07:03.603 UTC [17472] academic_app 21/509 LOG:  execute 0000019: update academic.attendance_records set note=$1,superseded_by=$2 where id=$3
            2026-12-02 01:07:03.603 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = NULL, $2 = %s, $3 = %s
            2026-12-02 01:07:03.604 UTC [17472] academic_app 21/509 LOG:  execute 0000020: insert into academic.attendance_records (note,id) values ($1,$2)
            2026-12-02 01:07:03.604 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = 'late', $2 = %s
            2026-12-02 01:07:03.604 UTC [17472] academic_app 21/509 LOG:  execute 0000020: insert into academic.attendance_records (note,id) values ($1,$2)
            2026-12-02 01:07:03.604 UTC [17472] academic_app 21/509 DETAIL:  parameters: $1 = 'late', $2 = %s
            2026-12-02 01:07:03.605 UTC [17500] academic_app 22/10 LOG:  statement: COMMIT
            2026-12-02 01:07:03.606 UTC [17472] academic_app 21/509 LOG:  statement: COMMIT
            """.formatted(NEW, OLD, OTHER_NEW, OTHER_OLD, NEW, OTHER_NEW);

    private final List<Transaction> logged = StatementLog.transactions(LOG, "academic_app");
    private final Transaction correction = logged.get(0);
    private final String script = TwinScript.of(correction, true);

    @Test
    void theRolesTransactionsAreReadBackEachWithItsOwnStatementsInOrder() {
        assertEquals(2, logged.size(), "the correction and the relay's poll; not the other role's");
        assertEquals(List.of("select id from academic.outbox order by id limit 100"),
                logged.get(1).statements().stream().map(Statement::sql).toList());
        assertEquals(6, correction.statements().size(), "without begin and commit");
    }

    @Test
    void aStatementOnSeveralLinesAndItsQuotedParametersComeBackWhole() {
        Statement read = correction.statements().get(1);
        assertEquals("select id\n\tfrom academic.attendance_records where note = $1 and superseded_by is null", read.sql());
        assertEquals(List.of("'it''s: late'"), read.parameters());
        assertEquals(List.of("NULL", NEW, OLD), correction.statements().get(2).parameters());
    }

    @Test
    void everyIdTheServiceGaveANewRowIsNewEachRunAndTheSameWhereverItIsUsed() {
        assertTrue(script.startsWith("\\set g1 random(1, 9000000000000000000)\n\\set g2 random(1, 9000000000000000000)\n"
                + "begin;\n"), script);
        assertTrue(script.contains("superseded_by=md5(:g1::text)::uuid"), script);
        assertTrue(script.contains("values ('late',md5(:g1::text)::uuid);"), script);
        assertTrue(script.contains("values ('late',md5(:g2::text)::uuid);"), script);
    }

    /** The captured request committed: the records it inserted are the current ones the next request replaces. */
    @Test
    void aReplacedRowIsTheRowThatReplacedItNow() {
        assertTrue(script.contains("where id=" + NEW + ";"), script);
        assertTrue(script.contains("where id=" + OTHER_NEW + ";"), script);
        assertFalse(script.contains(OLD), script);
    }

    @Test
    void aBatchOfOneStatementIsPipelinedAndAWriteRollsBack() {
        assertEquals(2, script.split("\\\\startpipeline\n", -1).length - 1, script);
        assertEquals(2, script.split("\\\\endpipeline\n", -1).length - 1, script);
        assertTrue(script.contains("\\startpipeline\nupdate"), script);
        assertTrue(script.endsWith("\\endpipeline\nrollback;\n"), script);
        assertTrue(TwinScript.of(logged.get(1), false).endsWith("limit 100;\ncommit;\n"));
    }
}
