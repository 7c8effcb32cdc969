package co.athena.suite.bench;

import co.athena.suite.bench.StatementLog.Statement;
import co.athena.suite.bench.StatementLog.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transaction captured from PostgreSQL's log ({@link StatementLog}) as a pgbench script that sends the same
 * statements with the same values, as many times as pgbench likes: every id the service generated for a row it
 * inserted becomes a new random one per run (the same one wherever the transaction used it), so clients running
 * it at once wait for each other only where the service's requests would, on the same locks; a write ends in a
 * rollback and changes nothing. The captured request itself committed: a row it replaced (updated to point at a row
 * it inserted, as a superseded record points at its replacement) is the inserted row now, so the twin replaces that
 * one, as the service's next request would. A run of executions of one statement is a batch (Hibernate's
 * statement-batch-size), which the driver sends without waiting for each answer: the twin pipelines it too.
 */
final class TwinScript {

    private static final Pattern INSERT = Pattern.compile(
            "^\\s*insert\\s+into\\s+\\S+\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("^\\s*update\\s+\\S+\\s+set\\s+.*\\s+where\\s+id\\s*=\\s*\\$(\\d+)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("^\\$(\\d+)$");

    private TwinScript() {
    }

    static String of(Transaction transaction, boolean rollback) {
        Map<String, String> generated = new LinkedHashMap<>();
        for (Statement statement : transaction.statements()) {
            String id = insertedId(statement);
            if (id != null && !generated.containsKey(id)) {
                generated.put(id, "md5(:g" + (generated.size() + 1) + "::text)::uuid");
            }
        }
        Map<String, String> replaced = new LinkedHashMap<>();
        for (Statement statement : transaction.statements()) {
            Matcher update = UPDATE.matcher(statement.sql());
            if (update.matches() && statement.parameters().stream().anyMatch(generated::containsKey)) {
                replaced.put(statement.parameters().get(Integer.parseInt(update.group(1)) - 1), statement.parameters()
                        .stream().filter(generated::containsKey).findFirst().orElseThrow());
            }
        }
        StringBuilder script = new StringBuilder();
        for (int g = 1; g <= generated.size(); g++) {
            script.append("\\set g").append(g).append(" random(1, 9000000000000000000)\n");
        }
        script.append("begin;\n");
        List<Statement> statements = transaction.statements();
        for (int s = 0; s < statements.size(); s++) {
            Statement statement = statements.get(s);
            boolean sameAsPrevious = s > 0 && statements.get(s - 1).sql().equals(statement.sql());
            boolean sameAsNext = s + 1 < statements.size() && statements.get(s + 1).sql().equals(statement.sql());
            if (sameAsNext && !sameAsPrevious) {
                script.append("\\startpipeline\n");
            }
            List<String> values = new ArrayList<>();
            statement.parameters().forEach(value -> values.add(replaced.containsKey(value) ? replaced.get(value)
                    : generated.getOrDefault(value, value)));
            String sql = PgbenchFiles.bind(statement.sql().strip(), values.toArray(String[]::new));
            script.append(sql.endsWith(";") ? sql : sql + ";").append('\n');
            if (sameAsPrevious && !sameAsNext) {
                script.append("\\endpipeline\n");
            }
        }
        return script.append(rollback ? "rollback;\n" : "commit;\n").toString();
    }

    /** The literal an insert gave its row's {@code id} column, or null. */
    private static String insertedId(Statement statement) {
        Matcher insert = INSERT.matcher(statement.sql());
        if (!insert.matches()) {
            return null;
        }
        String[] columns = insert.group(1).split(",");
        String[] values = insert.group(2).split(",");
        for (int c = 0; c < columns.length && c < values.length; c++) {
            Matcher parameter = PARAMETER.matcher(values[c].strip());
            if (columns[c].strip().equalsIgnoreCase("id") && parameter.matches()) {
                String value = statement.parameters().get(Integer.parseInt(parameter.group(1)) - 1);
                return value.equals("NULL") ? null : value;
            }
        }
        return null;
    }
}
