package co.athena.student.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the student lives, as SIMAT asks it: DIVIPOLA place, address, zone (1 urban, 2 rural), barrio, phone. */
@InDivipola
@JsonIgnoreProperties(value = {"department_name", "municipality_name"}, allowGetters = true)
public record Residence(@Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit DIVIPOLA department code") String department,
                        @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit DIVIPOLA municipality code") String municipality,
                        @Size(max = 100) String address,
                        @SimatCode(SimatCodeSet.ZONE) @Size(max = 1) String zone,
                        @Size(max = 100) String neighborhood,
                        @Size(max = 30) String phone) implements InDivipola.Place {

    @JsonProperty("department_name")
    @Schema(readOnly = true)
    public String departmentName() {
        return Divipola.department(department).orElse(null);
    }

    @JsonProperty("municipality_name")
    @Schema(readOnly = true)
    public String municipalityName() {
        return Divipola.municipality(municipality).map(Divipola.Municipality::name).orElse(null);
    }
}
