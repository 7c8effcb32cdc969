package co.athena.academic.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An area's weight in a grade's plan (percent, one decimal): the weight the school set, else the area's share of the
 * weekly hours of the areas without a set weight, of what the set weights leave.
 */
public final class AreaWeights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AreaWeights() {
    }

    /** {@code hours}: weekly hours per area of the plan; {@code set}: the weights the school set for some of them. */
    public static Map<UUID, BigDecimal> of(Map<UUID, Integer> hours, Map<UUID, Integer> set) {
        int setTotal = set.values().stream().mapToInt(Integer::intValue).sum();
        int freeHours = hours.entrySet().stream().filter(e -> !set.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        BigDecimal left = HUNDRED.subtract(BigDecimal.valueOf(setTotal));
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        hours.forEach((area, areaHours) -> weights.put(area, set.containsKey(area)
                ? BigDecimal.valueOf(set.get(area)).setScale(1, RoundingMode.HALF_UP)
                : left.multiply(BigDecimal.valueOf(areaHours)).divide(BigDecimal.valueOf(freeHours), 1, RoundingMode.HALF_UP)));
        return weights;
    }
}
