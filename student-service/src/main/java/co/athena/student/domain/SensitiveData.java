package co.athena.student.domain;

import co.athena.shared.json.StoredJson;
import co.athena.shared.simat.SimatCode;
import co.athena.shared.simat.SimatCodeSet;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A minor's sensitive data as SIMAT asks it (Ley 1581 de 2012 "datos sensibles"): SISBÉN IV group, ethnic group
 * and resguardo, disability, exceptional capacities, specific disorders, armed-conflict victim population, special
 * academic support and the juvenile justice system (SRPA). Shown and changed only with read:sensitive_data.
 */
public record SensitiveData(@SimatCode(SimatCodeSet.SISBEN_IV) @Size(max = 9) String sisbenIv,
                            @SimatCode(SimatCodeSet.ETHNIC_GROUP) @Size(max = 3) String ethnicGroup,
                            @Size(max = 4) String resguardo,
                            @SimatCode(SimatCodeSet.DISABILITY) @Size(max = 2) String disability,
                            @SimatCode(SimatCodeSet.EXCEPTIONAL_CAPACITIES) @Size(max = 2) String exceptionalCapacities,
                            @SimatCode(SimatCodeSet.SPECIFIC_DISORDERS) @Size(max = 1) String specificDisorders,
                            @SimatCode(SimatCodeSet.VICTIM_OF_CONFLICT) @Size(max = 1) String victimOfConflict,
                            @SimatCode(SimatCodeSet.ACADEMIC_SUPPORT) @Size(max = 2) String academicSupport,
                            @SimatCode(SimatCodeSet.SRPA) @Size(max = 2) String srpa) {

    public static SensitiveData fromStored(Map<String, Object> stored) {
        return StoredJson.read(stored, SensitiveData.class);
    }

    public static Map<String, Object> stored(SensitiveData value) {
        return StoredJson.of(value);
    }
}
