package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A subject of a study plan and its weekly hours. */
@Entity
@Table(name = "study_plan_subjects")
@IdClass(StudyPlanSubject.Key.class)
public class StudyPlanSubject {

    /** The composite key, as Hibernate wants it: a mutable class with value equality. */
    public static class Key implements Serializable {
        public UUID schoolId;
        public UUID studyPlanId;
        public UUID subjectId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(schoolId, key.schoolId)
                    && Objects.equals(studyPlanId, key.studyPlanId) && Objects.equals(subjectId, key.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, studyPlanId, subjectId);
        }
    }

    @Id
    public UUID schoolId;
    @Id
    public UUID studyPlanId;
    @Id
    public UUID subjectId;
    public int weeklyHours;
}
