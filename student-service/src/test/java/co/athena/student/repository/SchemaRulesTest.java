package co.athena.student.repository;

import co.athena.shared.text.OneOfValidator;
import co.athena.student.domain.Gender;
import co.athena.student.domain.GuardianDocumentType;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.Relationship;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database's CHECK constraints, the last wall, allow exactly what the domain's enums declare (the
 * API and the import validate against those enums): one rule, held equal where it must be written twice.
 */
@QuarkusTest
class SchemaRulesTest {

    static Stream<Arguments> columnsChecked() {
        return Stream.of(
                Arguments.of("students", "document_type", IdentityDocumentType.class),
                Arguments.of("students", "gender", Gender.class),
                Arguments.of("guardians", "document_type", GuardianDocumentType.class),
                Arguments.of("student_guardians", "relationship", Relationship.class));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("columnsChecked")
    void theCheckAllowsWhatTheEnumDeclares(String table, String column, Class<? extends Enum<?>> values)
            throws SQLException {
        assertEquals(new TreeSet<>(OneOfValidator.allowed(values)), allowedByCheck(table, column));
    }

    private static Set<String> allowedByCheck(String table, String column) throws SQLException {
        try (Connection db = TestDatabase.asAdmin(); PreparedStatement query = db.prepareStatement("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'student' and t.relname = ? and c.contype = 'c'
                  and pg_get_constraintdef(c.oid) like '%' || ? || '%ANY%'""")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                Set<String> allowed = new TreeSet<>();
                if (rows.next()) {
                    Matcher quoted = Pattern.compile("'([^']*)'::text").matcher(rows.getString(1));
                    while (quoted.find()) {
                        allowed.add(quoted.group(1));
                    }
                }
                return allowed;
            }
        }
    }
}
