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

/** A code of one of SIMAT's tables ({@link SimatCodeSet}); the message lists the codes allowed. Null passes. */
@Documented
@Constraint(validatedBy = SimatCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface SimatCode {

    SimatCodeSet value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SimatCode, String> {

        private SimatCodeSet set;

        @Override
        public void initialize(SimatCode annotation) {
            set = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || set.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of SIMAT's codes: "
                    + String.join(", ", set.codes()).replace("{", "").replace("$", "")).addConstraintViolation();
            return false;
        }
    }
}
