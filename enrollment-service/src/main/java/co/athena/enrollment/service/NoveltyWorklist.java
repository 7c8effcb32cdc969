package co.athena.enrollment.service;

import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.domain.SimatNovelty;
import co.athena.enrollment.domain.SimatProblem;
import co.athena.enrollment.domain.SimatReported;
import co.athena.enrollment.domain.SimatStatus;
import co.athena.shared.simat.Shift;
import co.athena.shared.text.Transliteration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Withdrawals, changes of grade, group, shift or sede, graduations and re-admissions are no Anexo 6A rows: SIMAT
 * takes them on its own screens ("Reporte de novedades Alumnos", "Cierre Año" in its manual [S15], novelties of
 * sedes, jornadas, grados and grupos in its help [S16]) and no public upload layout for them was found
 * (../shared/reference/simat-anexo-6a.md §5). This is the worklist a secretary keys in line by line, and the one
 * place its format lives, so a real upload layout can replace it when one is known.
 */
public final class NoveltyWorklist {

    public static final List<String> COLUMNS = List.of("TIPO_DOCUMENTO", "NRO_DOCUMENTO", "APELLIDO1", "APELLIDO2",
            "NOMBRE1", "NOMBRE2", "NOVEDAD", "PANTALLA_SIMAT", "FECHA", "ESTADO_ANTES", "ESTADO_AHORA", "GRADO_ANTES",
            "GRADO_AHORA", "GRUPO_ANTES", "GRUPO_AHORA", "JORNADA_ANTES", "JORNADA_AHORA", "SEDE_ANTES", "SEDE_AHORA",
            "MOTIVO");

    private static final String NOVELTY_SCREEN = "Reporte de novedades Alumnos";
    private static final String YEAR_CLOSE_SCREEN = "Cierre Año";
    /** The states SIMAT's reports name ([S4][S10]: MATRICULADO); the rest are never SIMAT's business. */
    private static final Map<String, String> SIMAT_STATES = Map.of(EnrollmentStatus.active.name(), "MATRICULADO",
            EnrollmentStatus.withdrawn.name(), "RETIRADO", EnrollmentStatus.graduated.name(), "GRADUADO");

    private NoveltyWorklist() {
    }

    /** A pending novelty of an enrollment SIMAT registered (or never heard of, when {@code reported} is null). */
    public static SimatNovelty entry(SimatSchool school, Enrollment enrollment, StudentLookup.StudentView student) {
        Placements placements = Placements.of(school, enrollment);
        SimatReported now = placements.now();
        SimatReported before = placements.before();
        List<SimatNovelty.Change> changes = new ArrayList<>();
        change(changes, "status", before == null ? null : state(before.status()), state(now.status()));
        change(changes, "grade_level", before == null ? null : text(before.gradeLevel()), text(now.gradeLevel()));
        change(changes, "group_code", before == null ? null : before.groupCode(), now.groupCode());
        change(changes, "shift", before == null ? null : jornada(before.shift()), jornada(now.shift()));
        change(changes, "sede", before == null ? null : before.sede(), now.sede());
        List<SimatProblem> problems = new ArrayList<>();
        String documentCode = student == null ? null : AnexoSeisA.DOCUMENT_CODES.get(student.documentType());
        if (student == null) {
            problems.add(new SimatProblem("NRO_DOCUMENTO", "enrollment.student_id", "the student is not in student-service any more"));
        } else if (documentCode == null) {
            problems.add(new SimatProblem("TIPO_DOCUMENTO", "student.document_type",
                    "document type " + student.documentType() + " has no SIMAT code"));
        }
        String reason = enrollment.simatStatus == SimatStatus.pending_withdrawal || enrollment.simatStatus == SimatStatus.pending_enrollment
                ? lastReason(enrollment) : null;
        return new SimatNovelty(enrollment.id, enrollment.studentId, documentCode,
                student == null ? null : student.documentNumber(),
                student == null ? null : AnexoSeisA.upper(student.firstSurname()),
                student == null ? null : AnexoSeisA.upper(student.secondSurname()),
                student == null ? null : AnexoSeisA.upper(student.firstName()),
                student == null ? null : AnexoSeisA.upper(student.secondName()),
                novelty(enrollment, before), screen(enrollment), AnexoSeisA.date(enrollment.simatEventAt), reason,
                changes, problems);
    }

    /** The entry's line, or the problems that keep it out (a name the encoding cannot spell among them). */
    public static AnexoSeisA.Row line(SimatSchool school, SimatNovelty entry, Enrollment enrollment) {
        if (!entry.problems().isEmpty()) {
            return new AnexoSeisA.Row(null, entry.problems());
        }
        Placements placements = Placements.of(school, enrollment);
        SimatReported now = placements.now();
        SimatReported before = placements.before();
        List<String> cells = List.of(entry.documentType(), entry.documentNumber(), nullToEmpty(entry.firstSurname()),
                nullToEmpty(entry.secondSurname()), nullToEmpty(entry.firstName()), nullToEmpty(entry.secondName()),
                entry.novelty(), entry.simatScreen(), nullToEmpty(entry.date()),
                before == null ? "" : nullToEmpty(state(before.status())), nullToEmpty(state(now.status())),
                before == null ? "" : text(before.gradeLevel()), text(now.gradeLevel()),
                before == null ? "" : nullToEmpty(before.groupCode()), nullToEmpty(now.groupCode()),
                before == null ? "" : jornada(before.shift()), jornada(now.shift()),
                before == null ? "" : nullToEmpty(before.sede()), nullToEmpty(now.sede()),
                nullToEmpty(entry.reason()));
        List<String> spelled = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String cell = Transliteration.into(cells.get(i), school.charset()).orElse(null);
            if (cell == null) {
                return new AnexoSeisA.Row(null, List.of(new SimatProblem(COLUMNS.get(i), null, "has characters that "
                        + school.charset().name() + " cannot spell; correct it or export in UTF-8")));
            }
            spelled.add(cell);
        }
        return new AnexoSeisA.Row(SimatFile.line(spelled, school.delimiter()), List.of());
    }

    public static byte[] file(SimatSchool school, List<String> lines) {
        return SimatFile.bytes(COLUMNS, lines, school.charset(), school.delimiter());
    }

    /** What SIMAT last heard of the enrollment (null: nothing from Athena) and how it should know it now. */
    private record Placements(SimatReported before, SimatReported now) {
        static Placements of(SimatSchool school, Enrollment enrollment) {
            return new Placements(SimatReported.fromStored(enrollment.simatReported),
                    enrollment.placement(school.sedeOf(enrollment.simat().sede())));
        }
    }

    private static String novelty(Enrollment enrollment, SimatReported before) {
        return switch (enrollment.simatStatus) {
            case pending_withdrawal -> "RETIRO";
            case pending_graduation -> "GRADUACION";
            case pending_change -> "CAMBIO";
            case pending_enrollment -> before == null ? "MATRICULA" : "REINTEGRO";
            default -> throw new IllegalStateException("not a pending novelty: " + enrollment.simatStatus);
        };
    }

    private static String screen(Enrollment enrollment) {
        return enrollment.simatStatus == SimatStatus.pending_graduation ? YEAR_CLOSE_SCREEN : NOVELTY_SCREEN;
    }

    private static void change(List<SimatNovelty.Change> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new SimatNovelty.Change(field, from, to));
        }
    }

    private static String lastReason(Enrollment enrollment) {
        List<Map<String, Object>> history = enrollment.statusHistory();
        Object reason = history.isEmpty() ? null : history.get(history.size() - 1).get("reason");
        return reason == null ? null : reason.toString();
    }

    private static String state(String status) {
        return status == null ? null : SIMAT_STATES.get(status);
    }

    private static String jornada(String shift) {
        return shift == null ? "" : Integer.toString(Shift.valueOf(shift).simatCode());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
