package co.athena.academic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluation systems as a school sends them: the defaults' shape, with what a test changes. */
public final class Siee {

    private Siee() {
    }

    /** 1.0–5.0, passing 3.0, Bajo 1.0–2.9, Básico 3.0–3.9, Alto 4.0–4.5, Superior 4.6–5.0, 25 % absences. */
    public static Map<String, Object> rules() {
        Map<String, Object> rules = new HashMap<>();
        rules.put("scale", Map.of("min", 1.0, "max", 5.0));
        rules.put("passing_grade", 3.0);
        rules.put("performance_levels", new ArrayList<>(List.of(level("bajo", 1.0, 2.9), level("basico", 3.0, 3.9),
                level("alto", 4.0, 4.5), level("superior", 4.6, 5.0))));
        rules.put("period_weights", List.of());
        rules.put("dimensions", List.of());
        rules.put("preschool_qualitative", true);
        rules.put("missing_score", "pending");
        rules.put("recovery", "passing_grade");
        rules.put("absence_threshold_percent", 25);
        rules.put("promotion", Map.of("failed_areas_to_retain", 3, "fail_by_absence", true));
        return rules;
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> rules = rules();
        rules.put(field, value);
        return rules;
    }

    public static Map<String, Object> level(String level, double min, double max) {
        return Map.of("level", level, "min", min, "max", max);
    }
}
