package co.athena.academic.domain;

/** What kind of evaluation activity, as the API and the table spell it. */
public enum ActivityType {
    task, quiz, exam, workshop, project, other
}
