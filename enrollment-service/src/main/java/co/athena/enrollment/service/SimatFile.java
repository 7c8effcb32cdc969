package co.athena.enrollment.service;

import co.athena.shared.text.CsvCells;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text files staff carry to SIMAT (the Anexo 6A, the novelty worklist): one header line, CRLF line ends, the
 * school's delimiter and encoding (latin-1 unless it chose UTF-8), formula cells neutralized, a cell quoted only
 * when it holds the delimiter, a quote or a line break.
 */
public final class SimatFile {

    private SimatFile() {
    }

    public static Charset charset(String encoding) {
        return "utf-8".equalsIgnoreCase(encoding) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    public static String line(List<String> cells, String delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String cell = cells.get(i) == null ? "" : CsvCells.neutralized(cells.get(i));
            if (cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }

    /** The whole file; every line's text was spelled for the charset first, so nothing is replaced by '?'. */
    public static byte[] bytes(List<String> header, List<String> lines, Charset charset, String delimiter) {
        StringBuilder text = new StringBuilder(line(header, delimiter)).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a line was not spelled for " + charset, e);
        }
    }
}
