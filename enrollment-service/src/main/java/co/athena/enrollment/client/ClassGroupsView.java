package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of academic-service's class groups, as far as enrollment reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassGroupsView(List<Group> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String code, int gradeLevel) {
    }
}
