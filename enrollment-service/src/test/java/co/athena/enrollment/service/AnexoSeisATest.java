package co.athena.enrollment.service;

import co.athena.enrollment.client.SchoolSettingsView;
import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.shared.simat.Shift;
import co.athena.enrollment.domain.SimatData;
import co.athena.enrollment.domain.SimatProblem;
import co.athena.shared.simat.SimatCodeSet;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Anexo 6A line against ../shared/reference/simat-anexo-6a.md: its columns (§2), codes (§3) and rules (§4). */
class AnexoSeisATest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).findAndAddModules().build();

    private static final SimatSchool SCHOOL = new SimatSchool(2027, "105001000123", "05001", List.of(
            new SchoolSettingsView.Sede("10500100012301", "105001000123", "Principal"),
            new SchoolSettingsView.Sede("10500100012302", "205001000456", "Rural")),
            null, null, null, "1", StandardCharsets.ISO_8859_1, ";");

    @Test
    void theHeaderIsTheReferencesFiftyFourColumnsWithTheirSpellings() {
        assertEquals(54, AnexoSeisA.COLUMNS.size());
        assertEquals("ANO_INF;MUN_CODIGO;CODIGO_DANE;DANE_ANTERIOR;CONS_SEDE;TIPO_DOCUMENTO;NRO_DOCUMENTO;EXP_DEPTO;"
                + "EXP_MUN;APELLIDO1;APELLIDO2; NOMBRE1;NOMBRE2;DIRECCION_RESIDENCIA;TEL;RES_DEPTO;RES_MUN;ESTRATO;"
                + "SISBEN IV;FECHA_NACIMIENTO;NAC_DEPTO;NAC_MUN;GENERO;POB_VICT_CONF_RUV; PROVIENE_SECTOR_PRIV;"
                + "PROVIENE_OTR_MUN;TIPO_DISCAPACIDAD;CAP_EXC;ETNIA;RES;TIPO_JORNADA;CARACTER;ESPECIALIDAD;GRADO;GRUPO;"
                + "METODOLOGIA;MATRICULA_CONTRATADA;REPITENTE;NUEVO;FUE_RECU;ZON_ALU;CAB_FAMILIA;BEN_MAD_FLIA;"
                + "BEN_VET_FP;BEN_HER_NAC;CODIGO_INTERNADO;CODIGO_VALORACION_1;CODIGO_VALORACION_2;NUM_CONVENIO;PER_ID;"
                + "APOYO_ACADEMICO_ESPECIAL;SRPA;PAIS_ORIGEN;TRASTORNOS_ESPECIFICOS",
                SimatFile.line(AnexoSeisA.COLUMNS, ";"));
    }

    @Test
    void aCompleteStudentGivesTheLineWrittenByHand() {
        Enrollment enrollment = enrollment(6, "601", Shift.morning, new SimatData("10500100012302", null, true, false,
                true, "1", null, "1", "05", false, null));
        AnexoSeisA.Row row = AnexoSeisA.row(SCHOOL, enrollment, student(s -> s), true);
        assertEquals(List.of(), row.problems());
        assertEquals("2027;001;105001000123;205001000456;10500100012302;2;1023456789;11;001;MUÑOZ;PEÑA;JOSÉ;ÁNGEL;"
                + "CL 10 # 20-30;3001234567;05;001;3;B3;29/02/2016;76;892;M;9;N;S;99;9;97;;2;1;05;6;601;1;N;S;S;1;1;"
                + "N;S;N;N;3;;;;;01;01;170;9", row.line());
    }

    /** §3.1 (codes 1–13, from the Secretaría's dictionary): PEP and PPT, Venezuelan children's permits, too. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"CC, 1", "TI, 2", "CE, 3", "RC, 5", "NIP, 6", "NUIP, 7", "NES, 8", "CABILDO, 9", "PEP, 10",
            "VISA, 11", "TMF, 12", "PPT, 13"})
    void everyDocumentTypeIsWrittenWithItsSimatCode(String type, String code) {
        assertEquals(code, cell(AnexoSeisA.row(SCHOOL, enrollment(), student(s -> withDocument(s, type)), true),
                "TIPO_DOCUMENTO"));
    }

    /** §3.3. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"full_day, 1", "morning, 2", "afternoon, 3", "night, 4", "weekend, 5", "single, 6"})
    void theShiftIsWrittenAsSimatsJornada(Shift shift, String code) {
        assertEquals(code, cell(AnexoSeisA.row(SCHOOL, enrollment(6, "601", shift, SimatData.NONE), student(s -> s),
                true), "TIPO_JORNADA"));
    }

    /** §3.2: pre-school, primary to media, adult cycles, the normal schools' programme, acceleration. */
    @ParameterizedTest(name = "grade {0}")
    @CsvSource({"-2", "-1", "0", "1", "11", "21", "26", "41", "45", "99"})
    void theGradeIsWrittenAsSimatsCode(int grade) {
        assertEquals(Integer.toString(grade), cell(AnexoSeisA.row(SCHOOL, enrollment(grade, "A", Shift.single,
                SimatData.NONE), student(s -> s), true), "GRADO"));
    }

    /** Each coded column, the table it takes (§3) and where Athena keeps it. */
    static Stream<Arguments> codedColumns() {
        return Stream.of(
                Arguments.of("ESTRATO", SimatCodeSet.ESTRATO, "characterization.estrato"),
                Arguments.of("CODIGO_INTERNADO", SimatCodeSet.BOARDING, "characterization.boarding"),
                Arguments.of("ZON_ALU", SimatCodeSet.ZONE, "characterization.residence.zone"),
                Arguments.of("SISBEN IV", SimatCodeSet.SISBEN_IV, "sensitive_data.sisben_iv"),
                Arguments.of("ETNIA", SimatCodeSet.ETHNIC_GROUP, "sensitive_data.ethnic_group"),
                Arguments.of("TIPO_DISCAPACIDAD", SimatCodeSet.DISABILITY, "sensitive_data.disability"),
                Arguments.of("CAP_EXC", SimatCodeSet.EXCEPTIONAL_CAPACITIES, "sensitive_data.exceptional_capacities"),
                Arguments.of("TRASTORNOS_ESPECIFICOS", SimatCodeSet.SPECIFIC_DISORDERS, "sensitive_data.specific_disorders"),
                Arguments.of("POB_VICT_CONF_RUV", SimatCodeSet.VICTIM_OF_CONFLICT, "sensitive_data.victim_of_conflict"),
                Arguments.of("APOYO_ACADEMICO_ESPECIAL", SimatCodeSet.ACADEMIC_SUPPORT, "sensitive_data.academic_support"),
                Arguments.of("SRPA", SimatCodeSet.SRPA, "sensitive_data.srpa"),
                Arguments.of("METODOLOGIA", SimatCodeSet.METHODOLOGY, "simat.methodology"),
                Arguments.of("CARACTER", SimatCodeSet.CHARACTER, "simat.character"),
                Arguments.of("ESPECIALIDAD", SimatCodeSet.SPECIALTY, "simat.specialty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codedColumns")
    void everyCodeOfItsTableIsWrittenAsIsAndAnyOtherIsAProblem(String column, SimatCodeSet table, String path) {
        for (String code : table.codes()) {
            assertEquals(code, cell(rowWith(path, code), column), column + " " + code);
        }
        AnexoSeisA.Row outside = rowWith(path, "777");
        assertNull(outside.line());
        assertEquals(column, outside.problems().get(0).column());
        assertTrue(outside.problems().get(0).message().startsWith("777 is not one of SIMAT's codes"));
    }

    /** The complete student and enrollment with one value set at a JSON path, as the APIs would answer it. */
    private static AnexoSeisA.Row rowWith(String path, String value) {
        StudentLookup.SimatRecord complete = student(s -> s);
        Map<String, Object> student = JSON.convertValue(complete, new TypeReference<>() {
        });
        Map<String, Object> simat = new HashMap<>();
        String[] keys = path.split("\\.");
        Map<String, Object> target = keys[0].equals("simat") ? simat : student;
        for (int i = keys[0].equals("simat") ? 1 : 0; i < keys.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = new HashMap<>((Map<String, Object>) target.get(keys[i]));
            target.put(keys[i], inner);
            target = inner;
        }
        target.put(keys[keys.length - 1], value);
        Enrollment enrollment = enrollment();
        enrollment.simatData = simat;
        return AnexoSeisA.row(SCHOOL, enrollment, JSON.convertValue(student, StudentLookup.SimatRecord.class), true);
    }

    @Test
    void unsetEnrollmentDataTakesTheSchoolsDefaultsAndTheMainSede() {
        SimatSchool technical = new SimatSchool(2027, "105001000123", "05001", SCHOOL.sedes(), "2", "2", "06", null,
                StandardCharsets.ISO_8859_1, ";");
        AnexoSeisA.Row row = AnexoSeisA.row(technical, enrollment(), student(s -> s), false);
        assertEquals("10500100012301", cell(row, "CONS_SEDE"));
        assertEquals("105001000123", cell(row, "DANE_ANTERIOR"));
        assertEquals("2", cell(row, "METODOLOGIA"));
        assertEquals("2", cell(row, "CARACTER"));
        assertEquals("06", cell(row, "ESPECIALIDAD"));
        assertEquals("N", cell(row, "REPITENTE"));
        assertEquals("N", cell(row, "NUEVO"));
        assertEquals("", cell(row, " PROVIENE_SECTOR_PRIV"));
        assertEquals("", cell(row, "FUE_RECU"));
    }

    @Test
    void aForeignersDocumentMayLackABirthPlaceInColombia() {
        AnexoSeisA.Row row = AnexoSeisA.row(SCHOOL, enrollment(), student(s -> withBirthPlace(withDocument(s, "PEP"),
                null)), true);
        assertEquals(List.of(), row.problems());
        assertEquals("", cell(row, "NAC_MUN"));
    }

    /** §4's rules and the required columns (§2): each problem names the column and the Athena field to fix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no birth municipality     | NAC_MUN              | student.characterization.birth_place.municipality",
            "SISBEN Z9                 | SISBEN IV            | student.sensitive_data.sisben_iv",
            "surname O'Neil            | APELLIDO1            | student.first_surname",
            "surname Pérez2            | APELLIDO1            | student.first_surname",
            "no group                  | GRUPO                | enrollment.group_code",
            "unknown sede              | CONS_SEDE            | enrollment.simat.sede",
            "passport                  | TIPO_DOCUMENTO       | student.document_type",
            "no sensitive data         | ETNIA                | student.sensitive_data.ethnic_group",
            "no sensitive data         | TIPO_DISCAPACIDAD    | student.sensitive_data.disability",
            "residence in 05 of 76892  | RES_MUN              | student.characterization.residence.municipality",
            "no address                | DIRECCION_RESIDENCIA | student.characterization.residence.address",
            "no estrato                | ESTRATO              | student.characterization.estrato",
            "name in another script    | NOMBRE1              | student.first_name"})
    void whatSimatWouldRejectIsReportedNamingColumnAndField(String defect, String column, String field) {
        AnexoSeisA.Row row = defective(defect);
        assertNull(row.line());
        assertTrue(row.problems().stream().anyMatch(p -> p.column().equals(column) && field.equals(p.field())),
                () -> defect + " gave " + row.problems());
    }

    @Test
    void everyProblemOfAStudentIsReportedNotOnlyTheFirst() {
        AnexoSeisA.Row row = AnexoSeisA.row(SCHOOL, enrollment(6, null, Shift.morning, SimatData.NONE),
                student(s -> withSensitive(withBirthPlace(s, null), null)), true);
        assertEquals(List.of("NAC_MUN", "TIPO_DISCAPACIDAD", "CAP_EXC", "ETNIA", "GRUPO"),
                row.problems().stream().map(SimatProblem::column).toList());
    }

    @Test
    void utf8SpellsWhatLatin1Cannot() {
        SimatSchool utf8 = new SimatSchool(2027, "105001000123", "05001", SCHOOL.sedes(), null, null, null, null,
                StandardCharsets.UTF_8, "|");
        AnexoSeisA.Row row = AnexoSeisA.row(utf8, enrollment(), student(s -> withName(s, "小龍", "Lee")), true);
        assertEquals("小龍", row.line().split("\\|", -1)[AnexoSeisA.COLUMNS.indexOf(" NOMBRE1")]);
    }

    private static AnexoSeisA.Row defective(String defect) {
        return switch (defect) {
            case "no group" -> AnexoSeisA.row(SCHOOL, enrollment(6, null, Shift.morning, SimatData.NONE), student(s -> s), true);
            case "unknown sede" -> AnexoSeisA.row(SCHOOL, enrollment(6, "601", Shift.morning, new SimatData(
                    "99999999999999", null, null, null, null, null, null, null, null, null, null)), student(s -> s), true);
            default -> AnexoSeisA.row(SCHOOL, enrollment(), student(switch (defect) {
                case "no birth municipality" -> s -> withBirthPlace(s, null);
                case "SISBEN Z9" -> s -> withSensitive(s, sensitive("Z9"));
                case "surname O'Neil" -> s -> withName(s, "Ana", "O'Neil");
                case "surname Pérez2" -> s -> withName(s, "Ana", "Pérez2");
                case "passport" -> s -> withDocument(s, "PA");
                case "no sensitive data" -> s -> withSensitive(s, null);
                case "residence in 05 of 76892" -> s -> withResidence(s, new StudentLookup.Residence("05", "76892",
                        "CL 1", "1", null));
                case "no address" -> s -> withResidence(s, new StudentLookup.Residence("05", "05001", null, "1", null));
                case "no estrato" -> s -> withEstrato(s, null);
                case "name in another script" -> s -> withName(s, "小龍", "Lee");
                default -> throw new IllegalArgumentException(defect);
            }), true);
        };
    }

    private static String cell(AnexoSeisA.Row row, String column) {
        assertEquals(List.of(), row.problems());
        return row.line().split(";", -1)[AnexoSeisA.COLUMNS.indexOf(column)];
    }

    private static Enrollment enrollment() {
        return enrollment(6, "601", Shift.morning, SimatData.NONE);
    }

    private static Enrollment enrollment(int grade, String group, Shift shift, SimatData simat) {
        Enrollment enrollment = new Enrollment();
        enrollment.id = UUID.randomUUID();
        enrollment.gradeLevel = grade;
        enrollment.groupCode = group;
        enrollment.shift = shift;
        enrollment.simatData = SimatData.stored(simat);
        return enrollment;
    }

    /** José Ángel Muñoz Peña, TI, born in Yumbo on 29/02/2016, living in Medellín, every SIMAT field known. */
    private static StudentLookup.SimatRecord student(UnaryOperator<StudentLookup.SimatRecord> change) {
        return change.apply(new StudentLookup.SimatRecord(UUID.randomUUID(), "TI", "1023456789", "José", "Ángel",
                "Muñoz", "Peña", LocalDate.of(2016, 2, 29), "M", true,
                new StudentLookup.Characterization(new StudentLookup.Place("76", "76892"),
                        new StudentLookup.Place("11", "11001"),
                        new StudentLookup.Residence("05", "05001", "Cl 10 # 20-30", "1", "3001234567"), "3", "170",
                        "3", false, true, false, false),
                sensitive("B3")));
    }

    private static StudentLookup.SensitiveData sensitive(String sisben) {
        return new StudentLookup.SensitiveData(sisben, "97", null, "99", "9", "9", "9", "01", "01");
    }

    private static StudentLookup.SimatRecord withDocument(StudentLookup.SimatRecord s, String type) {
        return new StudentLookup.SimatRecord(s.id(), type, s.documentNumber(), s.firstName(), s.secondName(),
                s.firstSurname(), s.secondSurname(), s.birthDate(), s.gender(), true, s.characterization(),
                s.sensitiveData());
    }

    private static StudentLookup.SimatRecord withName(StudentLookup.SimatRecord s, String first, String surname) {
        return new StudentLookup.SimatRecord(s.id(), s.documentType(), s.documentNumber(), first, null, surname, null,
                s.birthDate(), s.gender(), true, s.characterization(), s.sensitiveData());
    }

    private static StudentLookup.SimatRecord withSensitive(StudentLookup.SimatRecord s, StudentLookup.SensitiveData data) {
        return new StudentLookup.SimatRecord(s.id(), s.documentType(), s.documentNumber(), s.firstName(),
                s.secondName(), s.firstSurname(), s.secondSurname(), s.birthDate(), s.gender(), true,
                s.characterization(), data);
    }

    private static StudentLookup.SimatRecord withBirthPlace(StudentLookup.SimatRecord s, StudentLookup.Place place) {
        StudentLookup.Characterization c = s.characterization();
        return withCharacterization(s, new StudentLookup.Characterization(place, c.documentIssuePlace(), c.residence(),
                c.estrato(), c.countryOfOrigin(), c.boarding(), c.headOfHousehold(), c.childOfHeadOfHousehold(),
                c.veteranBeneficiary(), c.nationalHeroesBeneficiary()));
    }

    private static StudentLookup.SimatRecord withResidence(StudentLookup.SimatRecord s, StudentLookup.Residence residence) {
        StudentLookup.Characterization c = s.characterization();
        return withCharacterization(s, new StudentLookup.Characterization(c.birthPlace(), c.documentIssuePlace(),
                residence, c.estrato(), c.countryOfOrigin(), c.boarding(), c.headOfHousehold(),
                c.childOfHeadOfHousehold(), c.veteranBeneficiary(), c.nationalHeroesBeneficiary()));
    }

    private static StudentLookup.SimatRecord withEstrato(StudentLookup.SimatRecord s, String estrato) {
        StudentLookup.Characterization c = s.characterization();
        return withCharacterization(s, new StudentLookup.Characterization(c.birthPlace(), c.documentIssuePlace(),
                c.residence(), estrato, c.countryOfOrigin(), c.boarding(), c.headOfHousehold(),
                c.childOfHeadOfHousehold(), c.veteranBeneficiary(), c.nationalHeroesBeneficiary()));
    }

    private static StudentLookup.SimatRecord withCharacterization(StudentLookup.SimatRecord s,
                                                                  StudentLookup.Characterization c) {
        return new StudentLookup.SimatRecord(s.id(), s.documentType(), s.documentNumber(), s.firstName(),
                s.secondName(), s.firstSurname(), s.secondSurname(), s.birthDate(), s.gender(), true, c,
                s.sensitiveData());
    }
}
