package co.athena.student.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a student is, as staff type it and SIMAT records it: the one list of those fields, copied to and
 * from the entity here only (creation, a change, an import row). Names are cleaned when applied.
 */
public record StudentIdentity(String documentType, String documentNumber, String firstName, String secondName,
                              String firstSurname, String secondSurname, LocalDate birthDate, String gender) {

    public static StudentIdentity of(Student s) {
        return new StudentIdentity(s.documentType, s.documentNumber, s.firstName, s.secondName, s.firstSurname,
                s.secondSurname, s.birthDate, s.gender);
    }

    public void applyTo(Student s) {
        s.documentType = documentType;
        s.documentNumber = IdentityDocumentType.normalize(documentNumber);
        s.rename(firstName, secondName, firstSurname, secondSurname);
        s.birthDate = birthDate;
        s.gender = gender;
    }

    /** Whether applying this would change the student (names compared as they would be stored). */
    public boolean differsFrom(Student s) {
        Student applied = new Student();
        applyTo(applied);
        return !of(applied).equals(of(s));
    }
}
