package co.athena.enrollment.service;

import co.athena.enrollment.client.SchoolSettingsView;
import co.athena.enrollment.client.SchoolYearView;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a school reports to SIMAT from, its enrollment defaults and its file format, read from its settings. What
 * no file can do without (the DANE code, the municipality, a sede) is a 422 naming the setting, before any row.
 */
public record SimatSchool(int year, String daneCode, String municipality, List<SchoolSettingsView.Sede> sedes,
                          String methodology, String character, String specialty, String fundingSource,
                          Charset charset, String delimiter) {

    private static final String WHERE = " in /api/v1/school/settings first";

    public static SimatSchool of(SchoolYearView year, SchoolSettingsView.SimatSettings settings) {
        List<FieldError> missing = new ArrayList<>();
        if (settings.daneCode() == null) {
            missing.add(new FieldError("simat_settings.dane_code", "set the school's DANE code" + WHERE));
        }
        if (settings.municipality() == null) {
            missing.add(new FieldError("simat_settings.municipality", "set the school's DIVIPOLA municipality" + WHERE));
        }
        if (settings.sedes().isEmpty()) {
            missing.add(new FieldError("simat_settings.sedes", "list the school's sedes with their CONS_SEDE" + WHERE));
        }
        if (!missing.isEmpty()) {
            throw Problems.unprocessable(missing);
        }
        return new SimatSchool(year.startsOn().getYear(), settings.daneCode(), settings.municipality(),
                settings.sedes(), settings.methodology(), settings.character(), settings.specialty(),
                settings.fundingSource(), SimatFile.charset(settings.exportEncoding()),
                settings.delimiter() == null ? ";" : settings.delimiter());
    }

    /** The sede with this CONS_SEDE, or the main (first) one when none is named. */
    public Optional<SchoolSettingsView.Sede> sede(String consSede) {
        return consSede == null ? Optional.of(sedes.get(0))
                : sedes.stream().filter(sede -> sede.consSede().equals(consSede)).findFirst();
    }

    /** The CONS_SEDE an enrollment is reported in: its own, or the main sede's. */
    public String sedeOf(String consSede) {
        return consSede == null ? sedes.get(0).consSede() : consSede;
    }
}
