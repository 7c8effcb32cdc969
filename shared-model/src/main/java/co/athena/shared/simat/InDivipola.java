package co.athena.shared.simat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A place given by DIVIPOLA codes: the department exists, and the municipality exists in that department (a
 * municipality needs its department, as SIMAT's column pairs do).
 */
@Documented
@Constraint(validatedBy = InDivipola.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InDivipola {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a record naming a DIVIPOLA place offers; answers carry DANE's names beside the codes. */
    @JsonIgnoreProperties(value = {"department_name", "municipality_name"}, allowGetters = true)
    interface Place {
        String DEPARTMENT_CODE = "[0-9]{2}";
        String DEPARTMENT_MESSAGE = "must be a 2-digit DIVIPOLA department code";
        String MUNICIPALITY_CODE = "[0-9]{5}";
        String MUNICIPALITY_MESSAGE = "must be a 5-digit DIVIPOLA municipality code";

        String department();

        String municipality();

        @JsonProperty("department_name")
        @Schema(readOnly = true)
        default String departmentName() {
            return Divipola.department(department()).orElse(null);
        }

        @JsonProperty("municipality_name")
        @Schema(readOnly = true)
        default String municipalityName() {
            return Divipola.municipality(municipality()).map(Divipola.Municipality::name).orElse(null);
        }
    }

    class Validator implements ConstraintValidator<InDivipola, Place> {

        @Override
        public boolean isValid(Place place, ConstraintValidatorContext context) {
            if (place == null) {
                return true;
            }
            String problem = null;
            String field = "department";
            if (place.department() != null && Divipola.department(place.department()).isEmpty()) {
                problem = "is not a DIVIPOLA department code (2 digits, e.g. 05 Antioquia, 11 Bogotá)";
            } else if (place.municipality() != null) {
                field = "municipality";
                Divipola.Municipality known = Divipola.municipality(place.municipality()).orElse(null);
                if (known == null) {
                    problem = "is not a DIVIPOLA municipality code (5 digits, e.g. 05001 Medellín)";
                } else if (place.department() == null) {
                    problem = "needs its department (" + known.departmentCode() + ")";
                } else if (!known.departmentCode().equals(place.department())) {
                    problem = "is in department " + known.departmentCode() + ", not " + place.department();
                }
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
