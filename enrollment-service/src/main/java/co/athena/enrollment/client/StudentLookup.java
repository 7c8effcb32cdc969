package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** student-service's lookup, as far as enrollment reads it; fields it adds later are ignored. */
public final class StudentLookup {

    private StudentLookup() {
    }

    public record Request(List<UUID> ids) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(List<StudentView> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StudentView(UUID id, String documentType, String documentNumber, String firstName,
                              String secondName, String firstSurname, String secondSurname, LocalDate birthDate,
                              String gender, boolean isActive) {
    }
}
