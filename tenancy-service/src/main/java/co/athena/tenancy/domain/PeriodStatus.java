package co.athena.tenancy.domain;

import java.util.List;
import java.util.Map;

/** draft → open → closed → published. The constants are the JSON and column values. */
public enum PeriodStatus {
    draft, open, closed, published;

    private static final Map<PeriodStatus, List<PeriodStatus>> NEXT = Map.of(
            draft, List.of(open),
            open, List.of(closed),
            closed, List.of(published),
            published, List.of());

    public List<PeriodStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(PeriodStatus target) {
        return allowedNext().contains(target);
    }
}
