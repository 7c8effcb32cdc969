package co.athena.academic;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A report card's PDF as a reader gets it: downloaded from its presigned URL, its text extracted. */
public final class PdfDownloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The downloaded PDF: its pages and its text. */
    public record Pdf(int pages, String text, String contentType) {
    }

    private PdfDownloads() {
    }

    public static Pdf download(String presignedUrl) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(presignedUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("download answered " + response.statusCode());
        }
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new Pdf(pdf.getNumberOfPages(), new PDFTextStripper().getText(pdf),
                    response.headers().firstValue("Content-Type").orElse(""));
        }
    }
}
