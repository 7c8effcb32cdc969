package co.athena.shared.simat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A 5-digit DIVIPOLA municipality code that DANE's table holds. Null passes. */
@Documented
@Constraint(validatedBy = DivipolaMunicipality.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface DivipolaMunicipality {

    String message() default "is not a DIVIPOLA municipality code (5 digits, e.g. 05001 Medellín)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DivipolaMunicipality, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Divipola.municipality(value).isPresent();
        }
    }
}
