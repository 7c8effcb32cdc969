package co.athena.shared.page;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "next_cursor": ...}}; no next cursor on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /** Builds a page from up to {@code request.fetchSize()} rows fetched in id order. */
    public static <E, T> Page<T> of(List<E> fetched, PageRequest request, Function<E, UUID> id, Function<E, T> view) {
        boolean more = fetched.size() > request.limit();
        List<E> rows = more ? fetched.subList(0, request.limit()) : fetched;
        String next = more ? PageRequest.encode(id.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }

    /** A page of the rows themselves, for a service that leaves the view to its resource. */
    public static <E> Page<E> of(List<E> fetched, PageRequest request, Function<E, UUID> id) {
        return of(fetched, request, id, Function.identity());
    }

    /** The same page, each item seen through {@code view} (how a resource turns domain rows into its wire shape). */
    public <V> Page<V> map(Function<T, V> view) {
        return new Page<>(items.stream().map(view).toList(), nextCursor);
    }
}
