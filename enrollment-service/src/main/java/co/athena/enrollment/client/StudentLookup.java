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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimatRecords(List<SimatRecord> items) {
    }

    /** A student as the Anexo 6A needs them; characterization and sensitive data may be absent (null). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SimatRecord(UUID id, String documentType, String documentNumber, String firstName,
                              String secondName, String firstSurname, String secondSurname, LocalDate birthDate,
                              String gender, boolean isActive, Characterization characterization,
                              SensitiveData sensitiveData) {

        public Characterization characterization() {
            return characterization == null ? Characterization.NONE : characterization;
        }

        public SensitiveData sensitiveData() {
            return sensitiveData == null ? SensitiveData.NONE : sensitiveData;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String department, String municipality) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Residence(String department, String municipality, String address, String zone, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Characterization(Place birthPlace, Place documentIssuePlace, Residence residence, String estrato,
                                   String countryOfOrigin, String boarding, Boolean headOfHousehold,
                                   Boolean childOfHeadOfHousehold, Boolean veteranBeneficiary,
                                   Boolean nationalHeroesBeneficiary) {
        static final Characterization NONE = new Characterization(null, null, null, null, null, null, null, null,
                null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SensitiveData(String sisbenIv, String ethnicGroup, String resguardo, String disability,
                                String exceptionalCapacities, String specificDisorders, String victimOfConflict,
                                String academicSupport, String srpa) {
        static final SensitiveData NONE = new SensitiveData(null, null, null, null, null, null, null, null, null);
    }
}
