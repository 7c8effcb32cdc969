package co.athena.student.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place in Colombia by DIVIPOLA codes; answers carry DANE's names too. */
@InDivipola
@JsonIgnoreProperties(value = {"department_name", "municipality_name"}, allowGetters = true)
public record Place(@Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit DIVIPOLA department code") String department,
                    @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit DIVIPOLA municipality code") String municipality)
        implements InDivipola.Place {

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
