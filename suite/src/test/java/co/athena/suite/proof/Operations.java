package co.athena.suite.proof;

import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The suite's operations and the handles on a school that the proof tests aim them with. */
final class Operations {

    private Operations() {
    }

    static List<ApiOperation> all(Suite suite) {
        List<ApiOperation> all = new ArrayList<>();
        suite.at().services("/").forEach((name, at) -> all.addAll(ApiOperation.of(name, base(at))));
        return all;
    }

    /** A membership of the school, as its rector lists them. */
    static String membershipOf(Suite suite, SchoolScenario school) {
        return SchoolScenario.expect(200, suite.http().get(suite.at().identity("/api/v1/memberships"),
                school.token("rector"))).json().path("items").get(0).path("id").asText();
    }

    /** What would betray that an answer holds the school's data. Users are platform-wide, so not theirs. */
    static List<String> identifiersOf(SchoolScenario school) {
        List<String> ids = new ArrayList<>(List.of(school.schoolId.toString(), school.studentId.toString(),
                school.enrollmentId.toString(), school.schoolYearId.toString(), school.exportId().toString(),
                school.documentNumber, school.school.path("nit").asText()));
        school.guardianIds.forEach(g -> ids.add(g.toString()));
        for (Object academic : List.of(school.areaId, school.subjectId, school.classGroupId, school.studyPlanId,
                school.courseOfferingId, school.teacherAssignmentId, school.activityId)) {
            ids.add(academic.toString());
        }
        return ids;
    }

    private static URI base(URI any) {
        return any.resolve("/");
    }
}
