package co.athena.shared.simat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DivipolaTest {

    @Test
    void theTableHasDanesCounts() {
        // divipola.md: 33 department-level codes, 1,122 municipal-level codes
        assertEquals(33, Divipola.departments());
        assertEquals(1_122, Divipola.municipalities());
    }

    @ParameterizedTest(name = "{0} → {1}, {3}")
    @CsvSource(delimiter = '|', value = {
            "76892 | YUMBO           | 76 | VALLE DEL CAUCA",
            "05001 | MEDELLÍN        | 05 | ANTIOQUIA",
            "11001 | BOGOTÁ, D.C.    | 11 | BOGOTÁ, D.C.",
            "88001 | SAN ANDRÉS      | 88 | ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA"})
    void aMunicipalityCodeGivesItsNameAndDepartment(String code, String name, String department, String departmentName) {
        assertEquals(new Divipola.Municipality(code, name, department, departmentName),
                Divipola.municipality(code).orElseThrow());
    }
}
