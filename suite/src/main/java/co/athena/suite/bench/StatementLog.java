package co.athena.suite.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements a database role sent, read back from PostgreSQL's own log and grouped by transaction: what a
 * service really sends for a request, whatever wrote it (Hibernate, the pool's SQL, the tenant setting). Needs
 * {@code log_statement = all} and {@link #LINE_PREFIX} while the requests run.
 */
final class StatementLog {

    /** Each line names its backend, role and virtual transaction: a transaction's statements share the last two. */
    static final String LINE_PREFIX = "%m [%p] %u %v ";

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\S+ \\[(\\d+)] (\\S*) (\\S*) ([A-Z]+):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]+): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETERS = Pattern.compile("^parameters: (.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");

    /** A statement as sent, and its parameters as SQL literals ({@code 'text'} or {@code NULL}), $1 first. */
    record Statement(String sql, List<String> parameters) {

        boolean isTransactionControl() {
            return sql.strip().matches("(?i)(begin|commit|rollback)\\b.*");
        }
    }

    /** One transaction's statements, in the order sent, without its begin and end. */
    record Transaction(List<Statement> statements) {

        /** Whether a statement inserts into this table (its name schema-qualified or not). */
        boolean insertsInto(String table) {
            return statements.stream().anyMatch(s -> s.sql().strip().matches("(?is)insert\\s+into\\s+(\\w+\\.)?"
                    + table + "\\b.*"));
        }

        boolean mentions(String text) {
            return statements.stream().anyMatch(s -> s.sql().contains(text) || s.parameters().stream()
                    .anyMatch(p -> p.contains(text)));
        }
    }

    private StatementLog() {
    }

    /** The transactions of {@code role} in this stretch of the log, in the order they began. */
    static List<Transaction> transactions(String log, String role) {
        Map<String, List<Statement>> byTransaction = new LinkedHashMap<>();
        List<String[]> entries = entries(log);
        for (int e = 0; e < entries.size(); e++) {
            String[] entry = entries.get(e);
            Matcher statement = STATEMENT.matcher(entry[3]);
            if (!entry[1].equals(role) || !entry[2].equals("LOG") || !statement.matches()) {
                continue;
            }
            List<String> parameters = new ArrayList<>();
            if (e + 1 < entries.size() && entries.get(e + 1)[2].equals("DETAIL")
                    && entries.get(e + 1)[0].equals(entry[0])) {
                Matcher list = PARAMETERS.matcher(entries.get(e + 1)[3]);
                if (list.matches()) {
                    Matcher parameter = PARAMETER.matcher(list.group(1));
                    while (parameter.find()) {
                        parameters.add(parameter.group(2));
                    }
                }
            }
            Statement sent = new Statement(statement.group(1), List.copyOf(parameters));
            List<Statement> statements = byTransaction.computeIfAbsent(entry[0], k -> new ArrayList<>());
            if (!sent.isTransactionControl()) {
                statements.add(sent);
            }
        }
        return byTransaction.values().stream().filter(s -> !s.isEmpty()).map(s -> new Transaction(List.copyOf(s)))
                .toList();
    }

    /** Each entry: backend and transaction, role, level, message (its continuation lines joined back). */
    private static List<String[]> entries(String log) {
        List<String[]> entries = new ArrayList<>();
        for (String line : log.split("\n", -1)) {
            Matcher start = LINE.matcher(line);
            if (start.matches()) {
                entries.add(new String[] {start.group(1) + " " + start.group(3), start.group(2), start.group(4),
                        start.group(5)});
            } else if (!entries.isEmpty() && !line.isBlank()) {
                String[] last = entries.get(entries.size() - 1);
                last[3] = last[3] + "\n" + line;
            }
        }
        return entries;
    }
}
