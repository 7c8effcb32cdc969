package co.athena.tenancy.domain;

import java.util.List;
import java.util.Map;

/** planning → active → closed → archived. The constants are the JSON and column values. */
public enum SchoolYearStatus {
    planning, active, closed, archived;

    private static final Map<SchoolYearStatus, List<SchoolYearStatus>> NEXT = Map.of(
            planning, List.of(active),
            active, List.of(closed),
            closed, List.of(archived),
            archived, List.of());

    public List<SchoolYearStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(SchoolYearStatus target) {
        return allowedNext().contains(target);
    }
}
