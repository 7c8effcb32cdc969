package co.athena.shared.patch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergePatchesTest {

    record Pupil(@NotNull(groups = Merged.class, message = Merged.REQUIRED) @Size(min = 1, max = 10) String firstName,
                 @Size(max = 10) String secondName,
                 LocalDate birthDate,
                 Map<String, Object> extraData) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(new JavaTimeModule());
    private static final MergePatches PATCHES = new MergePatches(JSON, Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    private static final Pupil ANA = new Pupil("Ana", "María", LocalDate.of(2015, 3, 1), Map.of("bus", "7", "diet", "none"));

    private static MergePatch<Pupil> patch(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<MergePatch<Pupil>>() { });
    }

    @Test
    void anAbsentFieldStays() throws Exception {
        assertEquals(new Pupil("Eva", "María", ANA.birthDate(), ANA.extraData()),
                PATCHES.apply(patch("{\"first_name\":\"Eva\"}"), ANA));
    }

    @Test
    void nullClearsAnOptionalField() throws Exception {
        assertNull(PATCHES.apply(patch("{\"second_name\":null}"), ANA).secondName());
    }

    @Test
    void nullOnARequiredFieldIsRefusedNamingIt() throws Exception {
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> PATCHES.apply(patch("{\"first_name\":null}"), ANA));
        assertEquals(Map.of("firstName", Merged.REQUIRED), refused.getConstraintViolations().stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)));
    }

    @Test
    void aPatchThatChangesNothingGivesTheCurrentValuesBack() throws Exception {
        assertEquals(ANA, PATCHES.apply(patch("{\"first_name\":\"Ana\",\"extra_data\":{\"bus\":\"7\"}}"), ANA));
        assertEquals(ANA, PATCHES.apply(patch("{}"), ANA));
    }

    @Test
    void objectsMergeKeyByKeyAndNullRemovesAKey() throws Exception {
        assertEquals(Map.of("bus", "9", "shoes", "38"),
                PATCHES.apply(patch("{\"extra_data\":{\"bus\":\"9\",\"diet\":null,\"shoes\":\"38\"}}"), ANA).extraData());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"nickname\":\"Anita\"}            | nickname",
            "{\"birth_date\":\"1 March 2015\"}   | birth_date",
    })
    void aFieldTheTypeCannotTakeFailsAtTheDoorNamingIt(String json, String field) {
        MismatchedInputException refused = assertThrows(MismatchedInputException.class, () -> patch(json));
        assertEquals(field, refused.getPath().get(refused.getPath().size() - 1).getFieldName());
        assertEquals(json.contains("nickname"), refused instanceof UnrecognizedPropertyException);
    }

    @Test
    void aBodyThatIsNotAnObjectIsNotAPatch() {
        assertThrows(MismatchedInputException.class, () -> patch("[\"first_name\"]"));
    }

    @Test
    void thePatchSaysWhichFieldsItNamesNullsIncluded() throws Exception {
        MergePatch<Pupil> patch = patch("{\"second_name\":null,\"first_name\":\"Eva\"}");
        assertTrue(patch.touches("second_name"));
        assertFalse(patch.touches("birth_date"));
        assertEquals(new Pupil("Eva", null, null, null), patch.given());
    }

    @Test
    void valuesGivenPassTheirOwnRulesToo() throws Exception {
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> PATCHES.apply(patch("{\"second_name\":\"Maximiliana\"}"), ANA));
        assertEquals("secondName", refused.getConstraintViolations().iterator().next().getPropertyPath().toString());
    }
}
