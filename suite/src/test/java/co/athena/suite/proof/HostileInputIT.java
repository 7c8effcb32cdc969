package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests generated from every operation's OpenAPI description, sent by school A's
 * superadmin (so they pass authorization and reach the parsing and validation): wrong types, fields
 * a client must not set, huge strings, deep JSON, invalid UTF-8, SQL and path-traversal strings,
 * limits past the maximum. No answer is a 5xx, every 4xx is problem+json, and A's rows are unchanged.
 */
@ExtendWith(RunningSuite.class)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "A".repeat(1_000_000);
    /** In path segments: SQL, traversal and a NUL byte. */
    private static final List<String> HOSTILE_IDS = List.of("1' OR '1'='1", "'; DROP TABLE students; --",
            "../../../../etc/passwd", "%00");
    /** In read filters, limits and cursors (2,000 characters: past that the HTTP layer refuses the request line). */
    private static final List<String> HOSTILE_PARAMS = List.of("1' OR '1'='1", HUGE.substring(0, 2_000), "-1",
            "100000", "abc");
    /** Fields the server owns: a body that sets them is refused, never obeyed (no mass assignment). */
    private static final List<String> SERVER_OWNED = List.of("id", "school_id", "status", "version", "created_at",
            "is_superadmin");

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int tried;

    @Test
    void nothingHostileGetsA500OrChangesAnything() throws Exception {
        Suite suite = RunningSuite.get();
        SchoolScenario a = suite.a();
        String token = a.token("superadmin");
        RequestFactory aimedAtA = RequestFactory.aimedAt(a, Operations.membershipOf(suite, a));
        SchoolRows rows = new SchoolRows(suite.process().home, suite.process().portOffset);
        Map<String, String> before = rows.of(a.schoolId);

        for (ApiOperation op : Operations.all(suite)) {
            if (TenantIsolationIT.NOT_DRIVEN.containsKey(op.key())) {
                continue;
            }
            String path = aimedAtA.path(op).orElseThrow();
            if (!op.pathParams().isEmpty()) {
                for (String hostile : HOSTILE_IDS) {
                    String mangled = path.substring(0, path.lastIndexOf('/') + 1) + encode(hostile);
                    check(op, raw(op, op.base().resolve(mangled), token, null));
                }
            }
            // filters, limits and cursors of reads (a write's query parameter may be free text, e.g. a reason)
            for (String param : op.method().equals("GET") ? op.queryParams() : List.<String>of()) {
                for (String hostile : HOSTILE_PARAMS) {
                    check(op, raw(op, op.base().resolve(path + "?" + param + "=" + encode(hostile)), token, null));
                }
            }
            if (op.bodyType() != null && op.bodyType().equals("application/json")) {
                URI uri = op.base().resolve(path);
                Object valid = aimedAtA.body(op);
                for (byte[] body : hostileBodies(op, valid)) {
                    check(op, raw(op, uri, token, body));
                }
            }
        }
        Map<String, String> after = rows.of(a.schoolId);
        System.out.printf("hostile input: %d requests, answers %s%n", tried, statuses);
        assertEquals(List.of(), failures);
        assertEquals(before, after, "school A's rows changed");
        assertTrue(tried > 300, "only " + tried + " requests");
    }

    private List<byte[]> hostileBodies(ApiOperation op, Object valid) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add("[1,2,3]".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"unterminated\": ".getBytes(StandardCharsets.UTF_8));
        bodies.add(("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        if (valid instanceof Map<?, ?> fields && !fields.isEmpty()) {
            Map<String, Object> wrongTypes = new LinkedHashMap<>();
            Map<String, Object> huge = new LinkedHashMap<>();
            fields.forEach((k, v) -> {
                wrongTypes.put((String) k, v instanceof String ? Map.of("nested", List.of(1)) : "not-a-" + type(v));
                huge.put((String) k, v instanceof String ? HUGE : v);
            });
            bodies.add(JSON.writeValueAsBytes(wrongTypes));
            if (!huge.equals(fields)) {
                bodies.add(JSON.writeValueAsBytes(huge));
            }
            JsonNode properties = op.bodySchema().path("properties");
            for (String owned : SERVER_OWNED) {
                if (!properties.has(owned)) {
                    Map<String, Object> withOwned = new LinkedHashMap<>();
                    fields.forEach((k, v) -> withOwned.put((String) k, v));
                    withOwned.put(owned, owned.endsWith("id") ? UUID.randomUUID().toString() : "active");
                    bodies.add(JSON.writeValueAsBytes(withOwned));
                }
            }
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                String required = names.next();
                Map<String, Object> without = new LinkedHashMap<>();
                fields.forEach((k, v) -> without.put((String) k, v));
                without.remove(required);
                without.put("unknown_" + required, "x");
                bodies.add(JSON.writeValueAsBytes(without));
            }
        }
        return bodies;
    }

    private static String type(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName().toLowerCase();
    }

    private Reply raw(ApiOperation op, URI uri, String token, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return RunningSuite.get().http().send(request, op.method() + " " + uri);
    }

    private void check(ApiOperation op, Reply reply) {
        tried++;
        statuses.merge(reply.status(), 1, Integer::sum);
        String type = String.valueOf(reply.header("Content-Type"));
        if (reply.status() >= 500) {
            failures.add(op + " " + reply.request().substring(0, Math.min(200, reply.request().length())) + " → "
                    + reply.status() + " " + reply.text().substring(0, Math.min(300, reply.text().length())));
        } else if (reply.status() >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(op + " " + reply.request().substring(0, Math.min(200, reply.request().length())) + " → "
                    + reply.status() + " as " + type);
        } else if (reply.status() < 400 && !op.method().equals("GET")) {
            failures.add(op + " accepted a hostile request: " + reply.request().substring(0,
                    Math.min(200, reply.request().length())) + " → " + reply.status());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
