package co.athena.student.domain;

import co.athena.shared.simat.InDivipola;
import jakarta.validation.constraints.Pattern;

/** A place in Colombia by DIVIPOLA codes. */
@InDivipola
public record Place(@Pattern(regexp = DEPARTMENT_CODE, message = DEPARTMENT_MESSAGE) String department,
                    @Pattern(regexp = MUNICIPALITY_CODE, message = MUNICIPALITY_MESSAGE) String municipality)
        implements InDivipola.Place {
}
