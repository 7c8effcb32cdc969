package co.athena.persistence.page;

import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list query of the suite: conditions with named parameters, then the keyset — rows after the
 * cursor's id, in id order, one more than the page's limit (so {@link co.athena.shared.page.Page} knows
 * whether a next page exists). The same conditions run as HQL (Panache or a projection) or as SQL on
 * the reactive pool, where {@code :name} becomes {@code $n}. Hand-written: Panache pages by offset.
 */
public final class KeysetQuery {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

    private final String id;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private KeysetQuery(String id) {
        this.id = id;
    }

    /** Paged on {@code id} (a UUID v7 column or path such as {@code u.id}). */
    public static KeysetQuery on(String id) {
        return new KeysetQuery(id);
    }

    /** A condition with one parameter, left out when the value is null (an absent filter). */
    public KeysetQuery where(String condition, String name, Object value) {
        return value == null ? this : where(condition, Map.of(name, value));
    }

    /** A condition with its parameters, always applied. */
    public KeysetQuery where(String condition, Map<String, ?> values) {
        conditions.add(condition);
        params.putAll(values);
        return this;
    }

    /** Entities through their Panache repository. */
    public <E> Uni<List<E>> list(PanacheRepositoryBase<E, ?> repository, PageRequest page) {
        return repository.find(keyset(page), paramsOf(page)).page(0, page.fetchSize()).list();
    }

    /** The same, for conditions that name the entity by an alias: {@code from} is e.g. {@code "from User u"}. */
    public <E> Uni<List<E>> list(PanacheRepositoryBase<E, ?> repository, String from, PageRequest page) {
        return repository.find(from + " where " + keyset(page), paramsOf(page)).page(0, page.fetchSize()).list();
    }

    /** A projection: {@code select} is the HQL up to and including its {@code from} clause. */
    public <R> Uni<List<R>> list(Mutiny.Session session, String select, Class<R> type, PageRequest page) {
        var query = session.createSelectionQuery(select + " where " + keyset(page), type);
        paramsOf(page).forEach(query::setParameter);
        return query.setMaxResults(page.fetchSize()).getResultList();
    }

    /** SQL on the reactive pool: {@code select} is the SQL up to and including its {@code from} clause. */
    public <T> Uni<List<T>> list(SqlConnection connection, String select, Function<Row, T> row, PageRequest page) {
        Sql sql = sql(select, page);
        return connection.preparedQuery(sql.text()).execute(Tuple.from(sql.values())).map(rows -> {
            List<T> found = new ArrayList<>(rows.size());
            rows.forEach(r -> found.add(row.apply(r)));
            return found;
        });
    }

    /** SQL text with positional parameters, and their values in order. */
    public record Sql(String text, List<Object> values) {
    }

    /** The statement {@link #list(SqlConnection, String, Function, PageRequest)} sends (for plan tests and SQL twins). */
    public Sql sql(String select, PageRequest page) {
        List<Object> values = new ArrayList<>();
        Matcher named = NAMED.matcher(select + " where " + keyset(page) + " limit :pageFetchSize");
        StringBuilder text = new StringBuilder();
        Map<String, Object> all = paramsOf(page);
        all.put("pageFetchSize", page.fetchSize());
        while (named.find()) {
            values.add(all.get(named.group(1)));
            named.appendReplacement(text, "\\$" + values.size());
        }
        named.appendTail(text);
        return new Sql(text.toString(), values);
    }

    Map<String, Object> paramsOf(PageRequest page) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        page.after().ifPresent(after -> all.put("pageAfter", after));
        return all;
    }

    /** The conditions, the keyset and the order: what follows {@code where}. */
    String keyset(PageRequest page) {
        List<String> all = new ArrayList<>(conditions);
        page.after().ifPresent(after -> all.add(id + " > :pageAfter"));
        return (all.isEmpty() ? "1 = 1" : String.join(" and ", all)) + " order by " + id;
    }
}
