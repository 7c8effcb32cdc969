package co.athena.enrollment.domain;

import co.athena.shared.json.StoredJson;
import co.athena.shared.simat.SimatCode;
import co.athena.shared.simat.SimatCodeSet;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * What SIMAT's Anexo 6A asks of an enrollment beyond grade, group and shift (../shared/reference/simat-anexo-6a.md
 * §2): the sede by its CONS_SEDE (unset: the school's main sede), whether the student is new to the school
 * (unset: new unless enrolled here in another school year) and repeats the grade, where they come from, the
 * previous year's outcome, and overrides of the school's methodology, character and specialty (unset: the
 * school's defaults in simat_settings), a publicly contracted place and its agreement number.
 */
public record SimatData(@Pattern(regexp = "[0-9]{14}", message = "must be the sede's 14-digit CONS_SEDE") String sede,
                        Boolean newStudent,
                        Boolean repeating,
                        Boolean fromPrivateSchool,
                        Boolean fromOtherMunicipality,
                        @SimatCode(SimatCodeSet.PREVIOUS_YEAR_SITUATION) @Size(max = 2) String previousYearSituation,
                        @SimatCode(SimatCodeSet.METHODOLOGY) @Size(max = 2) String methodology,
                        @SimatCode(SimatCodeSet.CHARACTER) @Size(max = 2) String character,
                        @SimatCode(SimatCodeSet.SPECIALTY) @Size(max = 2) String specialty,
                        Boolean contractedPlace,
                        @Size(max = 21) String agreementNumber) {

    public static final SimatData NONE = new SimatData(null, null, null, null, null, null, null, null, null, null, null);

    public static SimatData fromStored(Map<String, Object> stored) {
        SimatData data = StoredJson.read(stored, SimatData.class);
        return data == null ? NONE : data;
    }

    public static Map<String, Object> stored(SimatData value) {
        return StoredJson.of(value);
    }
}
