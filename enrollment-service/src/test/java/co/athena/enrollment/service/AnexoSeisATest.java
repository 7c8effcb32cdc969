package co.athena.enrollment.service;

import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.Shift;
import co.athena.enrollment.domain.SimatStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnexoSeisATest {

    private static final AnexoSeisA.Header HEADER =
            new AnexoSeisA.Header(2027, "111001000001", "1", StandardCharsets.ISO_8859_1, ";");

    /**
     * SIMAT's TIPO_DOCUMENTO table (Anexo 6A, as the Secretaría de Educación lists codes 1–13; copied in the
     * project's shared reference, §3.1): PEP and PPT, Venezuelan migrant children's permits, are 10 and 13.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"CC, 1", "TI, 2", "CE, 3", "RC, 5", "NUIP, 7", "NES, 8", "PEP, 10", "PPT, 13"})
    void everyDocumentTypeSimatListsIsWrittenWithItsCode(String type, int code) {
        String line = AnexoSeisA.line(HEADER, enrollment(), student(type));
        assertEquals(Integer.toString(code), line.split(";")[AnexoSeisA.COLUMNS.indexOf("TIPO_DOCUMENTO")]);
    }

    private static Enrollment enrollment() {
        Enrollment enrollment = new Enrollment();
        enrollment.gradeLevel = 6;
        enrollment.shift = Shift.morning;
        enrollment.groupCode = "601";
        enrollment.simatStatus = SimatStatus.pending_enrollment;
        enrollment.simatEventAt = Instant.parse("2027-02-01T15:00:00Z");
        return enrollment;
    }

    private static StudentLookup.StudentView student(String type) {
        return new StudentLookup.StudentView(UUID.randomUUID(), type, "123456789012345", "Ana", null, "Rojas", null,
                LocalDate.of(2014, 5, 9), "F", true);
    }
}
