package co.athena.suite.proof;

import co.athena.suite.client.Reply;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SampleFiles;
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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@link ApiOperation} into a concrete request aimed at one school's resources: path ids,
 * query filters and body references are that school's (by what the name says: {@code students/{id}},
 * {@code school_year_id}, ...), other values are plausible ones built from the schema.
 */
final class RequestFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A class date for attendance paths: a roll is named by its course and date. */
    private static final String CLASS_DATE = "2026-11-02";
    private static final Pattern ALLOWED = Pattern.compile("must be (?:one of \\[?)?([a-z_]+)");

    /** Ids by kind: the collection names of paths and the reference names of bodies and filters. */
    private final Map<String, String> ids;

    private RequestFactory(Map<String, String> ids) {
        this.ids = ids;
    }

    /** Requests aimed at this school's resources. */
    static RequestFactory aimedAt(SchoolScenario school, String membershipId) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("school", school.schoolId.toString());
        ids.put("student", school.studentId.toString());
        ids.put("guardian", school.guardianIds.get(0).toString());
        ids.put("enrollment", school.enrollmentId.toString());
        ids.put("year", school.schoolYearId.toString());
        ids.put("export", school.exportId().toString());
        ids.put("membership", membershipId);
        ids.put("user", school.users.get("secretary").toString());
        ids.put("invitation", school.invitations.get("secretary").toString());
        ids.put("document_number", school.documentNumber);
        ids.put("area", school.areaId.toString());
        ids.put("subject", school.subjectId.toString());
        ids.put("class_group", school.classGroupId.toString());
        ids.put("study_plan", school.studyPlanId.toString());
        ids.put("course_offering", school.courseOfferingId.toString());
        ids.put("teacher_assignment", school.teacherAssignmentId.toString());
        ids.put("activity", school.activityId.toString());
        ids.put("report_card", school.reportCardId.toString());
        ids.put("promotion", school.promotionId.toString());
        school.jobs.forEach((service, job) -> ids.put("job:" + service, job.toString()));
        return new RequestFactory(ids);
    }

    /** Requests aimed at resources that exist nowhere: a call that passes authorization ends in a 404. */
    static RequestFactory aimedAtNothing() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String kind : List.of("school", "student", "guardian", "enrollment", "year", "export", "membership",
                "user", "invitation", "area", "subject", "class_group", "study_plan", "course_offering",
                "teacher_assignment", "activity", "report_card", "promotion")) {
            ids.put(kind, UUID.randomUUID().toString());
        }
        ids.put("document_number", "1000000001");
        for (String service : List.of("student-service", "enrollment-service", "academic-service")) {
            ids.put("job:" + service, UUID.randomUUID().toString());
        }
        return new RequestFactory(ids);
    }

    /** The concrete path, or empty when a path parameter names a kind of resource this factory doesn't know. */
    Optional<String> path(ApiOperation op) {
        String path = op.path();
        String[] segments = op.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String value = idAfter(op.service(), segments[i - 1]);
                if (value == null) {
                    return Optional.empty();
                }
                path = path.replace(segments[i], value);
            }
        }
        return Optional.of(path);
    }

    /** The id of the target's resource named by the collection segment before a path parameter. */
    private String idAfter(String service, String collection) {
        return switch (collection) {
            case "students", "student-grades" -> ids.get("student");
            case "guardians" -> ids.get("guardian");
            case "enrollments" -> ids.get("enrollment");
            case "documents" -> "habeas_data"; // a consent form: every document operation applies to it
            case "school-years" -> ids.get("year");
            case "periods" -> "1";
            case "exports" -> ids.get("export");
            case "memberships" -> ids.get("membership");
            case "users" -> ids.get("user");
            case "invitations" -> ids.get("invitation");
            case "schools" -> ids.get("school");
            case "academic-areas" -> ids.get("area");
            case "subjects" -> ids.get("subject");
            case "class-groups" -> ids.get("class_group");
            case "study-plans" -> ids.get("study_plan");
            case "course-offerings" -> ids.get("course_offering");
            case "teacher-assignments" -> ids.get("teacher_assignment");
            case "attendance" -> CLASS_DATE;
            case "activities" -> ids.get("activity");
            case "report-cards" -> ids.get("report_card");
            case "promotions" -> ids.get("promotion");
            case "jobs" -> ids.get("job:" + service); // a job lives in the service that runs it
            default -> null;
        };
    }

    /** A reference to the target's resource for a field or query parameter named {@code name}, if it is one. */
    String reference(String name) {
        return switch (name) {
            case "student_id" -> ids.get("student");
            case "school_year_id", "from_school_year_id", "to_school_year_id" -> ids.get("year");
            case "guardian_id" -> ids.get("guardian");
            case "enrollment_id" -> ids.get("enrollment");
            case "user_id" -> ids.get("user");
            case "school_id" -> ids.get("school");
            case "area_id" -> ids.get("area");
            case "subject_id" -> ids.get("subject");
            case "class_group_id" -> ids.get("class_group");
            case "teacher_id" -> ids.get("user");
            case "q" -> ids.get("document_number");
            case "period" -> "1";
            default -> null;
        };
    }

    String query(ApiOperation op) {
        List<String> pairs = new ArrayList<>();
        for (String param : op.queryParams()) {
            String value = reference(param);
            if (value != null) {
                pairs.add(param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A plausible body for the operation's schema, with the target's ids wherever a field refers to one. */
    Object body(ApiOperation op) {
        return op.bodySchema() == null ? null : value(op, "", op.bodySchema(), 0);
    }

    private Object value(ApiOperation op, String name, JsonNode schema, int depth) {
        schema = ApiOperation.resolve(op.document(), schema);
        String reference = reference(name);
        if (reference != null) {
            return reference;
        }
        if (name.equals("ids")) {
            return List.of(ids.get("student"));
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = it.next();
                        object.put(field.getKey(), value(op, field.getKey(), field.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> depth < 3 ? List.of(value(op, name, schema.path("items"), depth + 1)) : List.of();
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default -> switch (schema.path("format").asText()) {
                case "date" -> "2027-03-01";
                case "date-time" -> "2027-03-01T10:00:00Z";
                case "uuid" -> ids.get("student");
                default -> "x";
            };
        };
    }

    /**
     * Sends the operation to the target with {@code token}; a multipart body carries a small real PDF.
     * A field refused for a value outside its allowed set is given the first allowed value and the
     * request is sent again, so the call gets past validation to the resource itself.
     */
    Reply send(SuiteHttp http, ApiOperation op, String path, String token) {
        URI uri = op.base().resolve(path + query(op));
        if (op.bodyType() != null && op.bodyType().startsWith("multipart/")) {
            return http.putFile(uri, token, "file", "prueba.pdf", SampleFiles.pdf("prueba"));
        }
        if (op.bodyType() != null && op.bodyType().startsWith("text/")) {
            return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Content-Type", op.bodyType()).method(op.method(), HttpRequest.BodyPublishers.ofString(
                            "document_type;document_number;first_name;first_surname;birth_date;gender\n"
                                    + "TI;" + ids.get("document_number") + ";Ana;Prueba;2015-01-01;F\n")),
                    op.method() + " " + uri);
        }
        Object body = body(op);
        Reply reply = sendJson(http, op, uri, token, body);
        for (int attempt = 0; attempt < 3 && reply.status() == 400 && body instanceof Map<?, ?>; attempt++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) body;
            if (!allowedValuesInto(reply, fields)) {
                break;
            }
            reply = sendJson(http, op, uri, token, fields);
        }
        if (reply.status() == 400 && op.method().equals("PATCH")) {
            reply = sendJson(http, op, uri, token, Map.of()); // an empty patch is always well-formed
        }
        return reply;
    }

    private static Reply sendJson(SuiteHttp http, ApiOperation op, URI uri, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
        try {
            request = body == null ? request.method(op.method(), HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                    .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return http.send(request, op.method() + " " + uri);
    }

    /** "must be one of [a, b]" / "must be a or b": puts the first allowed value; false when nothing to fix. */
    private static boolean allowedValuesInto(Reply reply, Map<String, Object> body) {
        boolean fixed = false;
        JsonNode errors = reply.json().path("errors");
        for (JsonNode error : errors) {
            Matcher allowed = ALLOWED.matcher(error.path("message").asText());
            String field = error.path("field").asText();
            if (allowed.find() && body.containsKey(field)) {
                body.put(field, allowed.group(1));
                fixed = true;
            }
        }
        return fixed;
    }
}
