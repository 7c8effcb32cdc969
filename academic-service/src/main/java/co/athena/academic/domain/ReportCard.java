package co.athena.academic.domain;

import co.athena.shared.json.StoredJson;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A student's report card (boletín) for a period. A draft is rebuilt whenever the period closes again and takes the
 * group director's comment; once published it never changes (the database refuses it too): a correction is the next
 * version, published, and this one is marked superseded.
 */
@Entity
@Table(name = "report_cards")
public class ReportCard {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public UUID periodId;
    public int periodNumber;
    public UUID classGroupId;
    public UUID studentId;
    public int version;
    public String status;
    /** The lines, a jsonb array: text here, cast both ways (Hibernate Reactive maps JSON columns to objects only). */
    @ColumnTransformer(read = "cast(items as text)", write = "cast(cast(? as text) as jsonb)")
    public String items;
    public int absences;
    public Integer rankInGroup;
    public int groupSize;
    public String directorComment;
    public String correctionReason;
    public String pdfKey;
    public Instant builtAt;
    public Instant publishedAt;
    public String publishedBy;
    public UUID supersededBy;

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public List<ReportCardItem> items() {
        return StoredJson.readArray(items, ReportCardItem.class);
    }

    /** The first version of a student's card for the period, a draft. */
    public static ReportCard draft(UUID id, AcademicPeriod period, UUID studentId, ReportCardContent content,
                                   Instant at) {
        ReportCard card = new ReportCard();
        card.id = id;
        card.schoolId = period.schoolId;
        card.schoolYearId = period.schoolYearId;
        card.periodId = period.id;
        card.periodNumber = period.number;
        card.studentId = studentId;
        card.version = 1;
        card.status = DRAFT;
        card.fill(content, at);
        return card;
    }

    /** A draft takes the grades as they stand now; the director's comment stays. */
    public void rebuild(ReportCardContent content, Instant at) {
        fill(content, at);
    }

    public void publish(String key, String by, Instant at) {
        status = PUBLISHED;
        pdfKey = key;
        publishedBy = by;
        publishedAt = at;
    }

    /** The next version, published at once with its PDF, built from the grades as they stand now. */
    public ReportCard correction(UUID id, ReportCardContent content, String reason, String comment, String key,
                                 String by, Instant at) {
        ReportCard next = new ReportCard();
        next.id = id;
        next.schoolId = schoolId;
        next.schoolYearId = schoolYearId;
        next.periodId = periodId;
        next.periodNumber = periodNumber;
        next.studentId = studentId;
        next.version = version + 1;
        next.fill(content, at);
        next.directorComment = comment == null ? directorComment : comment;
        next.correctionReason = reason;
        next.publish(key, by, at);
        return next;
    }

    private void fill(ReportCardContent content, Instant at) {
        classGroupId = content.classGroupId();
        items = StoredJson.arrayOf(content.items());
        absences = content.items().stream().mapToInt(ReportCardItem::absences).sum();
        rankInGroup = content.rankInGroup();
        groupSize = content.groupSize();
        builtAt = at;
    }
}
