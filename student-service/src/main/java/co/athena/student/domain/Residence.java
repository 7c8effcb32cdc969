package co.athena.student.domain;

import co.athena.shared.simat.InDivipola;
import co.athena.shared.simat.SimatCode;
import co.athena.shared.simat.SimatCodeSet;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where the student lives, as SIMAT asks it: DIVIPOLA place, address, zone (1 urban, 2 rural), barrio, phone. */
@InDivipola
public record Residence(@Pattern(regexp = DEPARTMENT_CODE, message = DEPARTMENT_MESSAGE) String department,
                        @Pattern(regexp = MUNICIPALITY_CODE, message = MUNICIPALITY_MESSAGE) String municipality,
                        @Size(max = 100) String address,
                        @SimatCode(SimatCodeSet.ZONE) @Size(max = 1) String zone,
                        @Size(max = 100) String neighborhood,
                        @Size(max = 30) String phone) implements InDivipola.Place {
}
