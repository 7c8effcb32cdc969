package co.athena.enrollment.domain;

/** The file of an export, exactly as first handed out. */
public record StoredExportFile(String fileName, String encoding, byte[] content, long version) {
}
