package co.athena.academic.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of student-service's student list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StudentPage(List<StudentName> items, String nextCursor) {
}
