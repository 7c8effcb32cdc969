package co.athena.shared.simat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * SIMAT's Anexo 6A code tables for a student's characterization and an enrollment, as the compiled reference lists them
 * (../shared/reference/simat-anexo-6a.md §3, mostly the Secretaría de Educación de Bogotá's 2024 data
 * dictionary, its source [S1]); codes are kept as the file writes them.
 */
public enum SimatCodeSet {
    /** §3.5: 0 sin estrato, 1–6. */
    ESTRATO(range(0, 6)),
    /** §3.6: SISBÉN IV group letter and level, or NO APLICA. */
    SISBEN_IV(Stream.of(levels("A", 5), levels("B", 7), levels("C", 18), levels("D", 21), Stream.of("NO APLICA"))
            .flatMap(s -> s).toList()),
    /** §3.7: 0 no aplica, the peoples' codes (32, 85–89 and 91–93 do not exist), 200 negritudes, 400 Rom. */
    ETHNIC_GROUP(Stream.of(range(0, 31), range(33, 84), List.of("90"), range(94, 112), List.of("200", "400"))
            .flatMap(List::stream).toList()),
    /** §3.10: the coding in use since 2022 (99 no aplica). */
    DISABILITY(List.of("1", "2", "3", "4", "7", "8", "10", "11", "12", "13", "14", "15", "17", "18", "19", "99")),
    /** §3.11: since 2022 (6 and 9 both read "no aplica"). */
    EXCEPTIONAL_CAPACITIES(List.of("1", "2", "3", "4", "5", "6", "7", "9", "10", "11")),
    /** §3.23: 1 learning, 2 attention deficit, 3 both, 9 no aplica. */
    SPECIFIC_DISORDERS(List.of("1", "2", "3", "9")),
    /**
     * §3.9: the classic victim codes (1 displaced, 2 disengaged from armed groups, 3 child of demobilized
     * adults, 9 no aplica); no list was found for the current POB_VICT_CONF_RUV column.
     */
    VICTIM_OF_CONFLICT(List.of("1", "2", "3", "9")),
    /** §3.17: 1 urbana, 2 rural. */
    ZONE(List.of("1", "2")),
    /** §3.18: 1 internado, 2 semi-internado, 3 ninguno. */
    BOARDING(List.of("1", "2", "3")),
    /** §3.21: 01 no aplica … 05 in the school itself. */
    ACADEMIC_SUPPORT(List.of("01", "02", "03", "04", "05")),
    /** §3.22: 01 no aplica, 02 deprived of liberty, 03 not deprived of liberty. */
    SRPA(List.of("01", "02", "03")),
    /**
     * §3.14: 1 tradicional, 9 aceleración, 10 jóvenes en extraedad y adultos, 11 preescolar escolarizado (both
     * sources), and the models only [S6] lists (2 escuela nueva … 51 otra), which rural schools use.
     */
    METHODOLOGY(List.of("1", "2", "3", "4", "5", "8", "9", "10", "11", "12", "39", "43", "51")),
    /** §3.12: 0 no aplica, 1 académico, 2 técnico. */
    CHARACTER(List.of("0", "1", "2")),
    /** §3.13, SED's list: 00 no aplica … 16 promoción social ([S6]'s 11 for it disagrees and is left out). */
    SPECIALTY(List.of("00", "05", "06", "07", "08", "09", "10", "16")),
    /** §3.16: 1 SGP, 2 FNR, 3 MEN's additional budget, 4 other national funds, 5 the secretaría's own. */
    FUNDING_SOURCE(range(1, 5)),
    /**
     * §3.15: the previous year's outcome (0 did not study, 1 passed, 2 failed, 4 pending, 6 from another school,
     * 7 first time, 8 did not finish); one source only and no column of the current layout, kept for the record.
     */
    PREVIOUS_YEAR_SITUATION(List.of("0", "1", "2", "4", "6", "7", "8"));

    private final Set<String> codes;

    SimatCodeSet(List<String> codes) {
        this.codes = new LinkedHashSet<>(codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public Set<String> codes() {
        return codes;
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    private static Stream<String> levels(String group, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(level -> group + level);
    }
}
