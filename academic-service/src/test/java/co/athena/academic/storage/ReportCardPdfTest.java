package co.athena.academic.storage;

import co.athena.academic.domain.PerformanceLevel;
import co.athena.academic.domain.ReportCardItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report cards on paper: Spanish as it is written, one page per card. */
class ReportCardPdfTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
            "María José Núñez Peña  | María José Núñez Peña",
            "¿Güiza? ¡Sí!           | ¿Güiza? ¡Sí!",
            "Ŝtrauss Łukasz         | Strauss ?ukasz",
            "Nguyễn                 | Nguyen",
            "李                      | ?"})
    void printsSpanishAsWrittenAndOtherLettersAsTheirBase(String written, String printed) {
        assertEquals(printed.trim(), ReportCardPdf.printable(written.trim()));
    }

    @Test
    void eachCardIsAPageAndItsTextReadsBack() throws Exception {
        byte[] pdf = ReportCardPdf.render(List.of(card("María José Núñez Peña"), card("Andrés Gómez")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Colegio San José", "María José Núñez Peña", "Andrés Gómez",
                    "Matemáticas", "Álgebra", "P1 3.5", "4.6", "Superior", "Puesto en el grupo: 2 de 38",
                    "Recuperación: 3.0. Taller", "Fallas en el período: 4", "Bajo 1.0–2.9")) {
                assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
            }
        }
    }

    private static ReportCardPage card(String student) {
        ReportCardItem item = new ReportCardItem(UUID.randomUUID(), UUID.randomUUID(), "Álgebra", UUID.randomUUID(),
                "Matemáticas", UUID.randomUUID(), List.of(new ReportCardItem.PeriodMark(1, new BigDecimal("3.5"),
                PerformanceLevel.basico, false), new ReportCardItem.PeriodMark(2, new BigDecimal("4.6"),
                PerformanceLevel.superior, false)), new BigDecimal("4.6"), PerformanceLevel.superior, false, 4,
                new BigDecimal("3.0"), "Taller");
        return new ReportCardPage(new ReportCardPage.School("Colegio San José", "154001000123", "#1A4B8C"), student,
                "TI 1001", "601", 6, 2, "Segundo período", 1, null, List.of(item), 4, 2, 38, null,
                List.of("Bajo 1.0–2.9", "Básico 3.0–3.9", "Alto 4.0–4.5", "Superior 4.6–5.0"));
    }
}
