package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A group's report cards for a period in one PDF, a new version with each publication that changed them. */
@Entity
@Table(name = "group_report_cards")
public class GroupReportCard {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID periodId;
    public UUID classGroupId;
    public int version;
    public String pdfKey;
    public Instant publishedAt;
}
