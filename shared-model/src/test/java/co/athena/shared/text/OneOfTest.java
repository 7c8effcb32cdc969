package co.athena.shared.text;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneOfTest {

    enum Colour { RED, GREEN, BLUE }

    record Paint(@OneOf(value = Colour.class, except = "BLUE") String colour) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "none", value = {
            "RED,   none",
            "GREEN, none",
            "none,  none",
            "BLUE,  'must be one of RED, GREEN'",
            "red,   'must be one of RED, GREEN'",
            "XREDX, 'must be one of RED, GREEN'",
    })
    void onlyTheEnumsConstantsLessTheExceptionsPassAndTheMessageListsThem(String value, String message) {
        Set<ConstraintViolation<Paint>> violations = VALIDATOR.validate(new Paint(value));
        assertEquals(message == null ? Set.of() : Set.of(message),
                violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet()));
    }
}
