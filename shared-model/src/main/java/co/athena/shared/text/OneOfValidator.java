package co.athena.shared.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Arrays;
import java.util.List;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private List<String> allowed;

    @Override
    public void initialize(OneOf constraint) {
        allowed = allowed(constraint.value(), constraint.except());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || allowed.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message(allowed)).addConstraintViolation();
        return false;
    }

    /** The enum's constant names, in declaration order, less {@code except}. */
    public static List<String> allowed(Class<? extends Enum<?>> values, String... except) {
        List<String> excluded = List.of(except);
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).filter(name -> !excluded.contains(name)).toList();
    }

    /** The one wording of the rule, for validation and for the import's row errors alike. */
    public static String message(List<String> allowed) {
        return "must be one of " + String.join(", ", allowed);
    }
}
