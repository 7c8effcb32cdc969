package co.athena.enrollment.service;

import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.shared.text.CsvCells;
import co.athena.shared.text.Transliteration;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Anexo 6A-style file SIMAT takes: one line per pending novelty, SIMAT's codes for document type,
 * grade and jornada, names in capitals as SIMAT keeps them, CRLF line ends, in the school's encoding
 * and delimiter.
 */
public final class AnexoSeisA {

    public static final List<String> COLUMNS = List.of("ANO_INF", "CODIGO_DANE", "CONS_SEDE", "TIPO_DOCUMENTO",
            "NRO_DOCUMENTO", "APELLIDO1", "APELLIDO2", "NOMBRE1", "NOMBRE2", "FECHA_NACIMIENTO", "GENERO", "GRADO",
            "TIPO_JORNADA", "GRUPO", "ESTADO", "FECHA_NOVEDAD");
    /**
     * SIMAT's TIPO_DOCUMENTO codes (the Secretaría de Educación's Anexo 6A list, codes 1–13); a passport (PA) has
     * none there, so such a student is reported as not exportable.
     */
    public static final Map<String, Integer> DOCUMENT_CODES = Map.of("CC", 1, "TI", 2, "CE", 3, "RC", 5, "NUIP", 7,
            "NES", 8, "PEP", 10, "PPT", 13);

    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    private static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Where the school reports from, and the file's format. */
    public record Header(int year, String daneCode, String sedeCode, Charset charset, String delimiter) {
    }

    private AnexoSeisA() {
    }

    public static Charset charset(String encoding) {
        return "utf-8".equalsIgnoreCase(encoding) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    /** A student whose data the file's encoding cannot spell: reported as not exportable, never written as '?'. */
    public static final class NotExportable extends RuntimeException {
        NotExportable(String reason) {
            super(reason, null, false, false);
        }
    }

    public static String line(Header header, Enrollment enrollment, StudentLookup.StudentView student) {
        List<String> fields = List.of(
                Integer.toString(header.year()),
                header.daneCode(),
                header.sedeCode(),
                DOCUMENT_CODES.get(student.documentType()).toString(),
                student.documentNumber(),
                spelled(header, "first_surname", upper(student.firstSurname())),
                spelled(header, "second_surname", upper(student.secondSurname())),
                spelled(header, "first_name", upper(student.firstName())),
                spelled(header, "second_name", upper(student.secondName())),
                student.birthDate().format(DATE),
                student.gender(),
                Integer.toString(enrollment.gradeLevel),
                Integer.toString(enrollment.shift.simatCode()),
                enrollment.groupCode == null ? "" : enrollment.groupCode,
                enrollment.simatStatus.anexoLabel(),
                enrollment.simatEventAt.atZone(COLOMBIA).format(DATE));
        return join(fields, header.delimiter());
    }

    /** The whole file; every line was spelled for its encoding ({@link #line}), so nothing is replaced. */
    public static byte[] file(Header header, List<String> lines) {
        StringBuilder text = new StringBuilder(join(COLUMNS, header.delimiter())).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        try {
            ByteBuffer encoded = header.charset().newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a line was not spelled for " + header.charset(), e);
        }
    }

    private static String spelled(Header header, String field, String value) {
        return Transliteration.into(value, header.charset()).orElseThrow(() -> new NotExportable(
                field + " has characters that " + header.charset().name() + " cannot spell; correct the name or "
                        + "export in UTF-8"));
    }

    private static String upper(String value) {
        return value == null ? "" : value.toUpperCase(SPANISH);
    }

    /** Neutralizes formula cells; quotes a field only when it holds the delimiter, a quote or a line break. */
    private static String join(List<String> fields, String delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String field = fields.get(i) == null ? "" : CsvCells.neutralized(fields.get(i));
            if (field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                line.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                line.append(field);
            }
        }
        return line.toString();
    }
}
