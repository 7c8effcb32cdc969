package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** An academic period as tenancy-service shows it, as far as attendance reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodView(int number, String name, LocalDate startsOn, LocalDate endsOn, String status) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
