package co.athena.shared.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Free-form JSON (a student's {@code extra_data}, {@code piar_data}) holds at most this many bytes as
 * JSON: it is stored and sent back on every read, so one client cannot make every read of a record heavy.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = JsonSizeValidator.class)
public @interface JsonSize {

    int maxBytes();

    String message() default "may hold at most {maxBytes} bytes of JSON";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
