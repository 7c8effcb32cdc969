package co.athena.student.service;

import co.athena.shared.problem.Problems;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as schools export it from spreadsheets: UTF-8 or latin-1 (detected when not declared),
 * {@code ;} or {@code ,} (detected from the header), a header row, quoted fields with doubled quotes.
 */
final class CsvTable {

    private final Map<String, Integer> columns;
    private final List<List<String>> rows;

    private CsvTable(Map<String, Integer> columns, List<List<String>> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static CsvTable parse(byte[] bytes, Optional<Charset> declared) {
        String text = decode(bytes, declared);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
        List<List<String>> records = records(text, delimiter);
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw Problems.malformed("the file is empty: a header row is required");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<List<String>> data = records.subList(1, records.size()).stream()
                .filter(record -> !record.stream().allMatch(String::isBlank))
                .toList();
        return new CsvTable(columns, data);
    }

    List<String> missing(List<String> required) {
        return required.stream().filter(name -> !columns.containsKey(name)).toList();
    }

    int size() {
        return rows.size();
    }

    /** The trimmed value, or null when the column is absent or the cell empty. */
    String value(int row, String column) {
        Integer index = columns.get(column);
        List<String> record = rows.get(row);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    /**
     * The file's text, its encoding decided once for the whole file: the declared charset, else UTF-8
     * when every byte is valid as such, else latin-1 — unless the file also holds well-formed UTF-8
     * letters, which means it mixes both (two exports pasted together) and reads as mojibake either way.
     */
    private static String decode(byte[] bytes, Optional<Charset> declared) {
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(input, output, true);
        if (!result.isError()) {
            return output.flip().toString();
        }
        int invalidAt = input.position();
        if (hasUtf8Letter(bytes)) {
            throw Problems.malformed("the file mixes UTF-8 and latin-1: line " + lineOf(bytes, invalidAt)
                    + " is not UTF-8 while others are; save the whole file as UTF-8 and import it again");
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Lines of the file (a line break inside a quoted cell counts too, so this never undercounts). */
    static int lineCount(byte[] bytes) {
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A two-byte UTF-8 sequence for a Latin letter (é is C3 A9): latin-1 text has them only as mojibake. */
    private static boolean hasUtf8Letter(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int next = bytes[i + 1] & 0xFF;
            if ((lead == 0xC3 || lead == 0xC2 || lead == 0xC5) && next >= 0x80 && next <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw Problems.malformed("the file ends inside a quoted field");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
