package co.athena.shared.simat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DANE's DIVIPOLA department and municipality codes (reference/divipola.csv, its source in divipola.md), the
 * codes SIMAT's place columns take: a department is 2 digits, a municipality 5 (the department's 2 and its own
 * 3; Anexo 6A writes the 3).
 */
public final class Divipola {

    public record Municipality(String code, String name, String departmentCode, String departmentName) {
    }

    private record Row(@JsonProperty("departamento_codigo") String departmentCode,
                       @JsonProperty("departamento") String departmentName,
                       @JsonProperty("municipio_codigo") String code,
                       @JsonProperty("municipio") String name) {
    }

    private static final Map<String, String> DEPARTMENTS = new TreeMap<>();
    private static final Map<String, Municipality> MUNICIPALITIES = new TreeMap<>();

    static {
        CsvMapper csv = new CsvMapper();
        try (InputStream in = Divipola.class.getResourceAsStream("/reference/divipola.csv");
             MappingIterator<Row> rows = csv.readerFor(Row.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            rows.forEachRemaining(row -> {
                DEPARTMENTS.put(row.departmentCode(), row.departmentName());
                MUNICIPALITIES.put(row.code(), new Municipality(row.code(), row.name(), row.departmentCode(),
                        row.departmentName()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reference/divipola.csv is missing or unreadable", e);
        }
    }

    private Divipola() {
    }

    public static Optional<String> department(String code) {
        return Optional.ofNullable(code == null ? null : DEPARTMENTS.get(code));
    }

    public static Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(code == null ? null : MUNICIPALITIES.get(code));
    }

    public static int departments() {
        return DEPARTMENTS.size();
    }

    public static int municipalities() {
        return MUNICIPALITIES.size();
    }
}
