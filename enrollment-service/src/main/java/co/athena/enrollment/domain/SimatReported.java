package co.athena.enrollment.domain;

import co.athena.shared.json.StoredJson;

import java.util.Map;

/**
 * An enrollment's placement as a file told SIMAT (status, grade, group, shift, sede's CONS_SEDE): frozen into each
 * export's items, kept on the enrollment when staff confirm SIMAT took it, and compared with the enrollment's
 * present to tell a secretary what changed.
 */
public record SimatReported(String status, Integer gradeLevel, String groupCode, String shift, String sede) {

    public static SimatReported fromStored(Map<String, Object> stored) {
        return StoredJson.read(stored, SimatReported.class);
    }

    public Map<String, Object> stored() {
        return StoredJson.of(this);
    }
}
