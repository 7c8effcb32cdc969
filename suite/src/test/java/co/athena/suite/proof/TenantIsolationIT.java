package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * School A's rector calls every operation of every service (from their OpenAPI documents) aimed at
 * school B: B's ids in paths, B's references in bodies and filters. Every answer about B is a 404
 * (or a refusal before any lookup), no answer carries B's data, and B's rows are unchanged.
 */
@ExtendWith(RunningSuite.class)
class TenantIsolationIT {

    /** Operations this matrix cannot drive with a school token, and why. */
    static final Map<String, String> NOT_DRIVEN = Map.of(
            "POST /api/v1/auth/token", "takes an upstream token, not an Athena one (TokenAttacksIT)",
            "GET /.well-known/jwks.json", "public keys, no tenant data");

    @Test
    void schoolAReachesNothingOfSchoolB() {
        Suite suite = RunningSuite.get();
        SchoolScenario a = suite.a();
        SchoolScenario b = suite.b();
        RequestFactory aimedAtB = RequestFactory.aimedAt(b, Operations.membershipOf(suite, b));
        List<String> secrets = Operations.identifiersOf(b);
        SchoolRows rows = new SchoolRows(suite.process().home, suite.process().portOffset);
        Map<String, String> before = rows.of(b.schoolId);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> refusedBeforeLookup = new ArrayList<>();
        int covered = 0;
        for (ApiOperation op : Operations.all(suite)) {
            if (NOT_DRIVEN.containsKey(op.key())) {
                continue;
            }
            Optional<String> path = aimedAtB.path(op);
            if (path.isEmpty()) {
                failures.add(op + ": no way to aim it at school B (add its resource to RequestFactory)");
                continue;
            }
            Reply reply = aimedAtB.send(suite.http(), op, path.get(), a.token("rector"));
            covered++;
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() == 400) {
                refusedBeforeLookup.add(op.key());
            }
            boolean aboutB = !op.pathParams().isEmpty();
            if (reply.status() >= 500) {
                failures.add(op + " → " + reply.status() + " " + reply.text());
            } else if (aboutB && reply.status() < 400) {
                failures.add(op + " on B's resource → " + reply.status() + " " + reply.text());
            } else if (reply.status() < 400) {
                secrets.stream().filter(reply.text()::contains).findFirst()
                        .ifPresent(leak -> failures.add(op + " answered B's " + leak + ": " + reply.text()));
            }
        }
        Map<String, String> after = rows.of(b.schoolId);

        System.out.printf("tenant isolation: %d endpoint × method pairs driven against school B, answers %s; "
                + "refused as malformed before any lookup: %s; not driven: %s%n", covered, statuses,
                refusedBeforeLookup, NOT_DRIVEN);
        assertEquals(List.of(), failures);
        assertEquals(before, after, "school B's rows changed");
        assertTrue(before.values().stream().filter(v -> !v.startsWith("0 rows")).count() >= 10,
                "school B should have rows in most tables: " + before);
        assertTrue(covered >= 50, "only " + covered + " operations");
    }
}
