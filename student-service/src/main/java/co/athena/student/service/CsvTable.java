package co.athena.student.service;

import co.athena.shared.problem.Problems;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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

    private static String decode(byte[] bytes, Optional<Charset> declared) {
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
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
