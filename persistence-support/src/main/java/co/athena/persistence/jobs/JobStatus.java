package co.athena.persistence.jobs;

/** running → succeeded | failed; the constants are the JSON and column values. */
public enum JobStatus {
    running, succeeded, failed
}
