package co.athena.academic.storage;

import co.athena.academic.domain.ReportCardItem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Report cards as PDF (Apache PDFBox): one A4 page per card, a student's file or a whole group's. The standard
 * Helvetica fonts with WinAnsi encoding carry every Spanish letter (á, é, í, ó, ú, ñ, ü, ¿, ¡) with nothing embedded,
 * which keeps a 2,000-card period fast; a character outside that encoding prints as its base letter, or "?".
 */
public final class ReportCardPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 40;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {MARGIN, 150, 300, 400, 445, 500};

    private ReportCardPdf() {
    }

    public static byte[] render(List<ReportCardPage> cards) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportCardPage card : cards) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    new Writer(content, page.getMediaBox().getHeight()).card(card);
                }
            }
            document.getDocumentInformation().setTitle("Informe académico");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("report card PDF", e);
        }
    }

    /** The text as the font can print it: letters WinAnsi lacks lose their accents, or become "?". */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(Character.isWhitespace(c) ? ' ' : c));
            if (encodable(one)) {
                out.append(one);
            } else {
                String base = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                out.append(encodable(base) ? base : "?");
            }
        });
        return out.toString();
    }

    private static boolean encodable(String text) {
        try {
            REGULAR.encode(text);
            return !text.isEmpty();
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static final class Writer {

        private final PDPageContentStream content;
        private float y;

        Writer(PDPageContentStream content, float height) {
            this.content = content;
            this.y = height - MARGIN;
        }

        void card(ReportCardPage card) throws IOException {
            band(card.school().primaryColor());
            text(BOLD, 14, MARGIN, card.school().name());
            next(16);
            text(REGULAR, 9, MARGIN, card.school().daneCode() == null ? "" : "Código DANE " + card.school().daneCode());
            next(LINE * 1.5f);
            text(BOLD, 12, MARGIN, "Informe académico del período " + card.periodNumber() + " (" + card.periodName() + ")");
            next(LINE * 1.5f);
            text(REGULAR, 10, MARGIN, "Estudiante: " + card.studentName()
                    + (card.studentDocument() == null ? "" : "  ·  " + card.studentDocument()));
            next(LINE);
            text(REGULAR, 10, MARGIN, "Grado " + card.gradeLevel() + "  ·  Grupo " + card.groupCode()
                    + (card.rankInGroup() == null ? "" : "  ·  Puesto en el grupo: " + card.rankInGroup() + " de "
                    + card.groupSize()));
            next(LINE);
            if (card.version() > 1) {
                text(REGULAR, 9, MARGIN, "Versión " + card.version() + ", corrección: " + card.correctionReason());
                next(LINE);
            }
            next(LINE / 2);
            row(BOLD, "Área", "Asignatura", "Períodos", "Nota", "Desempeño", "Fallas");
            for (ReportCardItem item : card.items()) {
                String periods = item.periods().stream().map(p -> "P" + p.period() + " " + p.grade())
                        .collect(Collectors.joining("  "));
                row(REGULAR, item.area(), item.subject(), periods, grade(item), item.level() == null ? "—"
                        : item.level().label(), String.valueOf(item.absences()));
                if (item.recovery() != null) {
                    text(REGULAR, 8, COLUMNS[1], "Recuperación: " + item.recovery()
                            + (item.observations() == null ? "" : ". " + item.observations()));
                    next(LINE);
                }
            }
            next(LINE / 2);
            text(REGULAR, 10, MARGIN, "Fallas en el período: " + card.absences());
            next(LINE * 1.5f);
            if (card.directorComment() != null) {
                text(BOLD, 10, MARGIN, "Observaciones del director de grupo");
                next(LINE);
                for (String line : wrap(card.directorComment(), 100)) {
                    text(REGULAR, 10, MARGIN, line);
                    next(LINE);
                }
                next(LINE / 2);
            }
            text(REGULAR, 8, MARGIN, "Escala de valoración (Decreto 1290 de 2009): " + String.join("; ", card.scale()));
        }

        private static String grade(ReportCardItem item) {
            BigDecimal grade = item.grade();
            return grade == null ? "—" : grade + (item.pending() ? "*" : "");
        }

        private void band(String color) throws IOException {
            if (color != null) {
                content.setNonStrokingColor(Color.decode(color));
                content.addRect(0, y + 20, PDRectangle.A4.getWidth(), 20);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
            }
        }

        private void row(PDType1Font font, String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                text(font, 9, COLUMNS[i], clip(cells[i], i == 2 ? 28 : 24));
            }
            next(LINE);
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
        }

        private void next(float by) {
            y -= by;
        }

        private static String clip(String text, int max) {
            return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }

        private static List<String> wrap(String text, int width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
