package co.athena.enrollment.service;

import co.athena.enrollment.client.SchoolSettingsView;
import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.SimatData;
import co.athena.enrollment.domain.SimatProblem;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.simat.Divipola;
import co.athena.shared.simat.SimatCodeSet;
import co.athena.shared.text.Transliteration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SIMAT's Anexo 6A: one line per student to register, every column of the compiled reference
 * (../shared/reference/simat-anexo-6a.md §2) in its order and format, checked by the rules it states (§4) before
 * it is written. Names in capitals as SIMAT keeps them; places as DIVIPOLA's 2-digit department and the
 * municipality's own 3 digits; dates dd/mm/yyyy; flags S/N.
 */
public final class AnexoSeisA {

    /**
     * The 54 columns of the current layout in the order of the reference's validator [S2], with the header spellings
     * two sources agree on (a leading space before NOMBRE1 and PROVIENE_SECTOR_PRIV, "SISBEN IV"). INS_FAMILIAR,
     * which [S2] lacks and no code list fills, is left out.
     */
    public static final List<String> COLUMNS = List.of("ANO_INF", "MUN_CODIGO", "CODIGO_DANE", "DANE_ANTERIOR",
            "CONS_SEDE", "TIPO_DOCUMENTO", "NRO_DOCUMENTO", "EXP_DEPTO", "EXP_MUN", "APELLIDO1", "APELLIDO2",
            " NOMBRE1", "NOMBRE2", "DIRECCION_RESIDENCIA", "TEL", "RES_DEPTO", "RES_MUN", "ESTRATO", "SISBEN IV",
            "FECHA_NACIMIENTO", "NAC_DEPTO", "NAC_MUN", "GENERO", "POB_VICT_CONF_RUV", " PROVIENE_SECTOR_PRIV",
            "PROVIENE_OTR_MUN", "TIPO_DISCAPACIDAD", "CAP_EXC", "ETNIA", "RES", "TIPO_JORNADA", "CARACTER",
            "ESPECIALIDAD", "GRADO", "GRUPO", "METODOLOGIA", "MATRICULA_CONTRATADA", "REPITENTE", "NUEVO", "FUE_RECU",
            "ZON_ALU", "CAB_FAMILIA", "BEN_MAD_FLIA", "BEN_VET_FP", "BEN_HER_NAC", "CODIGO_INTERNADO",
            "CODIGO_VALORACION_1", "CODIGO_VALORACION_2", "NUM_CONVENIO", "PER_ID", "APOYO_ACADEMICO_ESPECIAL", "SRPA",
            "PAIS_ORIGEN", "TRASTORNOS_ESPECIFICOS");

    /** SIMAT's TIPO_DOCUMENTO codes (§3.1, codes 1–13); a passport (PA) has none, so such a student cannot go. */
    public static final Map<String, String> DOCUMENT_CODES = Map.ofEntries(Map.entry("CC", "1"),
            Map.entry("TI", "2"), Map.entry("CE", "3"), Map.entry("RC", "5"), Map.entry("NIP", "6"),
            Map.entry("NUIP", "7"), Map.entry("NES", "8"), Map.entry("CABILDO", "9"), Map.entry("PEP", "10"),
            Map.entry("VISA", "11"), Map.entry("TMF", "12"), Map.entry("PPT", "13"));
    /** A foreigner's documents: only their holders may lack a birth municipality in Colombia (§4). */
    private static final Set<String> FOREIGN_DOCUMENTS = Set.of("CE", "PEP", "VISA", "TMF", "PPT");
    /** §4: "letters of the alphabet only" — accented letters and Ñ are letters; words apart by single spaces. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+( \\p{L}+)*");
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A student's line, or what keeps it out of the file. */
    public record Row(String line, List<SimatProblem> problems) {
        public boolean ready() {
            return problems.isEmpty();
        }
    }

    private AnexoSeisA() {
    }

    /** {@code newToSchool}: no enrollment of the student in another year of this school came before this one. */
    public static Row row(SimatSchool school, Enrollment enrollment, StudentLookup.SimatRecord student,
                          boolean newToSchool) {
        Cells cells = new Cells(school);
        SimatData simat = enrollment.simat();
        StudentLookup.Characterization about = student.characterization();
        StudentLookup.SensitiveData sensitive = student.sensitiveData();
        StudentLookup.Residence residence = about.residence() == null
                ? new StudentLookup.Residence(null, null, null, null, null) : about.residence();
        StudentLookup.Place issue = place(about.documentIssuePlace());
        StudentLookup.Place birth = place(about.birthPlace());
        boolean foreigner = FOREIGN_DOCUMENTS.contains(student.documentType());

        cells.put("ANO_INF", Integer.toString(school.year()));
        cells.put("MUN_CODIGO", municipalPart(school.municipality()));
        cells.put("CODIGO_DANE", school.daneCode());
        SchoolSettingsView.Sede sede = school.sede(simat.sede()).orElse(null);
        if (sede == null) {
            cells.problem("CONS_SEDE", "enrollment.simat.sede", "is not one of the school's sedes (simat_settings.sedes)");
        } else {
            cells.put("DANE_ANTERIOR", sede.daneCode());
            cells.put("CONS_SEDE", sede.consSede());
        }
        String documentCode = DOCUMENT_CODES.get(student.documentType());
        cells.required("TIPO_DOCUMENTO", documentCode, "student.document_type",
                "document type " + student.documentType() + " has no SIMAT code (" + String.join(", ",
                        DOCUMENT_CODES.keySet().stream().sorted().toList()) + " have)");
        cells.required("NRO_DOCUMENTO", student.documentNumber(), "student.document_number", "is required");
        if (issue.department() == null) {
            cells.problem("EXP_DEPTO", "student.characterization.document_issue_place.department",
                    "SIMAT needs the department that issued the document");
        }
        cells.place("EXP_DEPTO", "EXP_MUN", issue, "student.characterization.document_issue_place");
        cells.name("APELLIDO1", student.firstSurname(), "student.first_surname", true);
        cells.name("APELLIDO2", student.secondSurname(), "student.second_surname", false);
        cells.name(" NOMBRE1", student.firstName(), "student.first_name", true);
        cells.name("NOMBRE2", student.secondName(), "student.second_name", false);
        cells.required("DIRECCION_RESIDENCIA", upper(residence.address()), "student.characterization.residence.address",
                "SIMAT needs the home address (IND … for a place without one)");
        cells.put("TEL", residence.phone(), "student.characterization.residence.phone");
        cells.place("RES_DEPTO", "RES_MUN", new StudentLookup.Place(residence.department(), residence.municipality()),
                "student.characterization.residence");
        cells.required("ESTRATO", about.estrato(), "student.characterization.estrato", "SIMAT needs the estrato (0: sin estrato)",
                SimatCodeSet.ESTRATO);
        cells.coded("SISBEN IV", sensitive.sisbenIv(), "student.sensitive_data.sisben_iv", SimatCodeSet.SISBEN_IV);
        cells.required("FECHA_NACIMIENTO", date(student.birthDate()), "student.birth_date", "is required");
        if (birth.municipality() == null && !foreigner) {
            cells.problem("NAC_MUN", "student.characterization.birth_place.municipality",
                    "SIMAT needs the birth municipality unless the document is a foreigner's");
        }
        cells.place("NAC_DEPTO", "NAC_MUN", birth, "student.characterization.birth_place");
        cells.required("GENERO", student.gender(), "student.gender", "is required");
        cells.coded("POB_VICT_CONF_RUV", sensitive.victimOfConflict(), "student.sensitive_data.victim_of_conflict",
                SimatCodeSet.VICTIM_OF_CONFLICT);
        cells.put(" PROVIENE_SECTOR_PRIV", flag(simat.fromPrivateSchool()));
        cells.put("PROVIENE_OTR_MUN", flag(simat.fromOtherMunicipality()));
        cells.required("TIPO_DISCAPACIDAD", sensitive.disability(), "student.sensitive_data.disability",
                "SIMAT needs it (99: no aplica)", SimatCodeSet.DISABILITY);
        cells.required("CAP_EXC", sensitive.exceptionalCapacities(), "student.sensitive_data.exceptional_capacities",
                "SIMAT needs it (9: no aplica)", SimatCodeSet.EXCEPTIONAL_CAPACITIES);
        cells.required("ETNIA", sensitive.ethnicGroup(), "student.sensitive_data.ethnic_group",
                "SIMAT needs it (0: no aplica)", SimatCodeSet.ETHNIC_GROUP);
        cells.put("RES", sensitive.resguardo(), "student.sensitive_data.resguardo");
        cells.put("TIPO_JORNADA", Integer.toString(enrollment.shift.simatCode()));
        cells.coded("CARACTER", orElse(simat.character(), school.character()), "enrollment.simat.character",
                SimatCodeSet.CHARACTER);
        cells.coded("ESPECIALIDAD", orElse(simat.specialty(), school.specialty()), "enrollment.simat.specialty",
                SimatCodeSet.SPECIALTY);
        cells.put("GRADO", Integer.toString(enrollment.gradeLevel));
        cells.required("GRUPO", enrollment.groupCode, "enrollment.group_code", "SIMAT needs the group");
        cells.coded("METODOLOGIA", orElse(simat.methodology(), orElse(school.methodology(), "1")),
                "enrollment.simat.methodology", SimatCodeSet.METHODOLOGY);
        cells.put("MATRICULA_CONTRATADA", flag(simat.contractedPlace()));
        cells.put("REPITENTE", flag(simat.repeating() == null ? Boolean.FALSE : simat.repeating()));
        cells.put("NUEVO", flag(simat.newStudent() == null ? newToSchool : simat.newStudent()));
        cells.coded("FUE_RECU", school.fundingSource(), "simat_settings.funding_source", SimatCodeSet.FUNDING_SOURCE);
        cells.coded("ZON_ALU", residence.zone(), "student.characterization.residence.zone", SimatCodeSet.ZONE);
        cells.put("CAB_FAMILIA", flag(about.headOfHousehold()));
        cells.put("BEN_MAD_FLIA", flag(about.childOfHeadOfHousehold()));
        cells.put("BEN_VET_FP", flag(about.veteranBeneficiary()));
        cells.put("BEN_HER_NAC", flag(about.nationalHeroesBeneficiary()));
        cells.coded("CODIGO_INTERNADO", about.boarding(), "student.characterization.boarding", SimatCodeSet.BOARDING);
        cells.put("NUM_CONVENIO", simat.agreementNumber(), "enrollment.simat.agreement_number");
        cells.coded("APOYO_ACADEMICO_ESPECIAL", sensitive.academicSupport(), "student.sensitive_data.academic_support",
                SimatCodeSet.ACADEMIC_SUPPORT);
        cells.coded("SRPA", sensitive.srpa(), "student.sensitive_data.srpa", SimatCodeSet.SRPA);
        cells.put("PAIS_ORIGEN", about.countryOfOrigin());
        cells.coded("TRASTORNOS_ESPECIFICOS", sensitive.specificDisorders(), "student.sensitive_data.specific_disorders",
                SimatCodeSet.SPECIFIC_DISORDERS);
        // CODIGO_VALORACION_1/2 (the year's performance) and PER_ID (SIMAT's own id of a person it already
        // knows) stay empty: a student being registered has neither yet
        return cells.row();
    }

    /** The file: the header and the ready lines. */
    public static byte[] file(SimatSchool school, List<String> lines) {
        return SimatFile.bytes(COLUMNS, lines, school.charset(), school.delimiter());
    }

    static String upper(String value) {
        return value == null ? null : value.toUpperCase(SPANISH);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    static String date(Instant at) {
        return at == null ? null : UtcClock.schoolDay(at).format(DATE);
    }

    /** DIVIPOLA's municipality code without its department's 2 digits, as SIMAT's place columns hold it. */
    static String municipalPart(String municipality) {
        return municipality == null ? null : municipality.substring(2);
    }

    private static StudentLookup.Place place(StudentLookup.Place place) {
        return place == null ? new StudentLookup.Place(null, null) : place;
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "S" : "N";
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A line's cells by column, with the problems found while filling them. */
    private static final class Cells {
        private static final Map<String, Integer> INDEX = new HashMap<>();

        static {
            for (int i = 0; i < COLUMNS.size(); i++) {
                INDEX.put(COLUMNS.get(i), i);
            }
        }

        private final SimatSchool school;
        private final String[] values = new String[COLUMNS.size()];
        private final List<SimatProblem> problems = new ArrayList<>();

        Cells(SimatSchool school) {
            this.school = school;
        }

        void put(String column, String value) {
            put(column, value, null);
        }

        /** Text the file's encoding cannot spell is a problem, never a '?'. */
        void put(String column, String value, String field) {
            if (value == null) {
                return;
            }
            String spelled = Transliteration.into(value, school.charset()).orElse(null);
            if (spelled == null) {
                problem(column, field, "has characters that " + school.charset().name()
                        + " cannot spell; correct it or export in UTF-8");
            }
            values[INDEX.get(column)] = spelled;
        }

        void required(String column, String value, String field, String message) {
            if (value == null || value.isBlank()) {
                problem(column, field, message);
            } else {
                put(column, value, field);
            }
        }

        /** Surnames and names: capitals, letters only (§4 states it for APELLIDO1; SIMAT keeps names alike). */
        void required(String column, String value, String field, String message, SimatCodeSet codes) {
            if (value == null || value.isBlank()) {
                problem(column, field, message);
            } else {
                coded(column, value, field, codes);
            }
        }

        /** Stored data may predate a rule: a code outside SIMAT's table is a problem here too. */
        void coded(String column, String value, String field, SimatCodeSet codes) {
            if (value != null && !codes.contains(value)) {
                problem(column, field, value + " is not one of SIMAT's codes: " + String.join(", ", codes.codes()));
                return;
            }
            put(column, value, field);
        }

        /** A DIVIPOLA department and municipality that exist and agree (§4), written as 2 and 3 digits. */
        void place(String departmentColumn, String municipalityColumn, StudentLookup.Place place, String field) {
            if (place.department() != null && Divipola.department(place.department()).isEmpty()) {
                problem(departmentColumn, field + ".department", place.department() + " is not a DIVIPOLA department");
                return;
            }
            if (place.municipality() != null) {
                Divipola.Municipality known = Divipola.municipality(place.municipality()).orElse(null);
                if (known == null || !known.departmentCode().equals(place.department())) {
                    problem(municipalityColumn, field + ".municipality", place.municipality()
                            + " is not a DIVIPOLA municipality of department " + place.department());
                    return;
                }
            }
            put(departmentColumn, place.department());
            put(municipalityColumn, municipalPart(place.municipality()));
        }

        void name(String column, String value, String field, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    problem(column, field, "is required");
                }
                return;
            }
            String upper = upper(value.trim());
            if (!LETTERS.matcher(upper).matches()) {
                problem(column, field, "SIMAT takes letters only (words apart by one space): " + upper);
            }
            put(column, upper, field);
        }

        void problem(String column, String field, String message) {
            problems.add(new SimatProblem(column.trim(), field, message));
        }

        Row row() {
            return problems.isEmpty()
                    ? new Row(SimatFile.line(Arrays.asList(values), school.delimiter()), List.of())
                    : new Row(null, List.copyOf(problems));
        }
    }
}
