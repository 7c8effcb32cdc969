package co.athena.shared.page;

import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A keyset page request: at most {@code limit} items after the cursor's id. Ids are time-ordered
 * (UUID v7), so "order by id" is stable and chronological.
 */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** From the {@code ?limit=} and {@code ?cursor=} query parameters; bad values answer 400. */
    public static PageRequest of(Integer limit, String cursor) {
        List<FieldError> errors = new ArrayList<>();
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        Optional<UUID> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Optional.of(UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cursor", "is not a cursor this API returned"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new PageRequest(size, after);
    }

    /** How many rows to fetch: one more than the limit tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }
}
