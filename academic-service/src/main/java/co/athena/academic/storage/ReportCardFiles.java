package co.athena.academic.storage;

import co.athena.academic.domain.GroupReportCard;
import co.athena.academic.domain.ReportCard;
import co.athena.storage.ObjectStorage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Where report card PDFs live in the bucket, under the school's prefix: one object per card version and per group
 * publication, named by what it is, so writing one again (a retried publication) replaces it with the same bytes.
 */
@ApplicationScoped
public class ReportCardFiles {

    private final ObjectStorage storage;

    public ReportCardFiles(ObjectStorage storage) {
        this.storage = storage;
    }

    public static String studentKey(ReportCard card) {
        return studentKey(card.schoolId, card.periodId, card.studentId, card.version);
    }

    public static String studentKey(UUID schoolId, UUID periodId, UUID studentId, int version) {
        return "schools/" + schoolId + "/report-cards/" + periodId + "/students/" + studentId + "/v" + version + ".pdf";
    }

    public static String groupKey(UUID schoolId, UUID periodId, UUID classGroupId, int version) {
        return "schools/" + schoolId + "/report-cards/" + periodId + "/groups/" + classGroupId + "/v" + version + ".pdf";
    }

    public Uni<Void> put(String key, byte[] pdf) {
        return storage.put(key, pdf, ReportCardPdf.CONTENT_TYPE);
    }

    /** A download that works for a few minutes (at most five), the bucket itself never public. */
    public String downloadUrl(ReportCard card, String fileName) {
        return storage.downloadUrl(card.pdfKey, fileName, ReportCardPdf.CONTENT_TYPE);
    }

    public String downloadUrl(GroupReportCard group, String fileName) {
        return storage.downloadUrl(group.pdfKey, fileName, ReportCardPdf.CONTENT_TYPE);
    }
}
