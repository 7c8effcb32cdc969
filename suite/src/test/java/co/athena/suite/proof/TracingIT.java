package co.athena.suite.proof;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.OtlpReceiver.ReceivedSpan;
import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One request, one trace, across the suite: a transition's spans in enrollment-service, its event's publish by
 * the outbox relay, and the consumers that react to it in student-service (the history) and enrollment-service
 * (SIMAT), all under the trace id the caller sent in {@code traceparent}, exported by the services over OTLP to
 * the test's receiver ({@link OtlpReceiver}). And no span carries a student's name or document number.
 */
@ExtendWith(RunningSuite.class)
class TracingIT {

    private static final String STATUS_TOPIC = "athena.enrollments.status-changed.v1";
    private static final Duration EXPORTED = Duration.ofSeconds(60);
    private static final AtomicInteger DOCUMENTS = new AtomicInteger(10);

    private final Suite suite = RunningSuite.get();
    private final SchoolScenario school = suite.a();

    @Test
    void aTransitionsTraceRunsThroughTheOutboxRelayAndKafkaToBothConsumers() {
        Student student = newStudent("Traza");
        JsonNode enrollment = enroll(student.id(), Caller.traced(suite.traces()));
        Caller caller = Caller.traced(suite.traces());

        Reply withdrawn = suite.http().send(caller.headers(HttpRequest.newBuilder(
                        suite.at().enrollment("/api/v1/enrollments/" + enrollment.path("id").asText() + "/transitions")))
                .header("Authorization", "Bearer " + school.token("rector"))
                .header("Content-Type", "application/json")
                .header("If-Match", SchoolScenario.quoted(enrollment.path("version").asLong()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"withdrawn\",\"reason\":\"Traslado de ciudad\"}")),
                "POST transitions");
        SchoolScenario.expect(200, withdrawn);

        ReceivedSpan request = awaitSpan(caller, "enrollment-service", SpanKind.SPAN_KIND_SERVER,
                span -> caller.spanId().equals(span.parentSpanId()));
        assertTrue(request.name().contains("/transitions"), request.name());
        awaitSpan(caller, "enrollment-service", SpanKind.SPAN_KIND_CLIENT,
                span -> span.attributes().values().stream().anyMatch(v -> v.contains("insert into outbox")));
        ReceivedSpan publish = awaitSpan(caller, "enrollment-service", SpanKind.SPAN_KIND_PRODUCER,
                span -> span.name().startsWith(STATUS_TOPIC));
        for (String consumer : List.of("student-service", "enrollment-service")) {
            ReceivedSpan received = awaitSpan(caller, consumer, SpanKind.SPAN_KIND_CONSUMER,
                    span -> publish.spanId().equals(span.parentSpanId()));
            assertTrue(received.name().startsWith(STATUS_TOPIC), received.name());
        }
        awaitSpan(caller, "student-service", SpanKind.SPAN_KIND_CLIENT,
                span -> span.attributes().values().stream().anyMatch(v -> v.contains("enrollment_history")));
        assertNoPersonalData(caller, student);
    }

    @Test
    void aCallToASiblingServiceContinuesTheCallersTrace() {
        Student student = newStudent("Vecina");
        Caller caller = Caller.traced(suite.traces());

        enroll(student.id(), caller);

        ReceivedSpan request = awaitSpan(caller, "enrollment-service", SpanKind.SPAN_KIND_SERVER,
                span -> caller.spanId().equals(span.parentSpanId()));
        ReceivedSpan call = awaitSpan(caller, "enrollment-service", SpanKind.SPAN_KIND_CLIENT,
                span -> span.attributes().getOrDefault("url.full", "").contains("/api/v1/students"));
        ReceivedSpan answered = awaitSpan(caller, "student-service", SpanKind.SPAN_KIND_SERVER,
                span -> call.spanId().equals(span.parentSpanId()));
        assertEquals(request.traceId(), answered.traceId());
    }

    @Test
    void aSearchByNameAndARegistrationLeaveNoNameOrDocumentNumberInAnySpan() {
        Caller caller = Caller.traced(suite.traces());
        Student student = newStudent("Privada", caller);

        Reply search = suite.http().send(caller.headers(HttpRequest.newBuilder(suite.at().student(
                        "/api/v1/students?q=" + student.surname() + "&limit=5")))
                .header("Authorization", "Bearer " + school.token("secretary")).GET(), "GET students?q=");
        assertEquals(1, SchoolScenario.expect(200, search).json().path("items").size(), search.text());

        awaitSpan(caller, "student-service", SpanKind.SPAN_KIND_SERVER,
                span -> "q&limit".equals(span.attributes().get("url.query")));
        assertNoPersonalData(caller, student);
    }

    private void assertNoPersonalData(Caller caller, Student student) {
        List<ReceivedSpan> spans = suite.traces().trace(caller.traceId());
        for (ReceivedSpan span : spans) {
            span.attributes().forEach((key, value) -> {
                for (String personal : List.of(student.surname(), student.documentNumber(), "Ximena")) {
                    assertFalse(value.contains(personal), span.service() + " " + span.name() + " " + key + "=" + value);
                }
            });
        }
    }

    private ReceivedSpan awaitSpan(Caller caller, String service, SpanKind kind, Predicate<ReceivedSpan> matching) {
        return await(service + " exports a " + kind + " span").atMost(EXPORTED).pollInterval(Duration.ofMillis(250))
                .until(() -> suite.traces().trace(caller.traceId()).stream()
                        .filter(span -> span.service().equals(service) && span.kind() == kind)
                        .filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private Student newStudent(String surname) {
        return newStudent(surname, null);
    }

    /** A student of its own (the scenario's are left as they are), with a surname unique to this run. */
    private Student newStudent(String surname, Caller caller) {
        String unique = surname + school.run;
        // a run's own numbers, counted: two random suffixes could meet and make a 409
        String document = "3" + school.run.substring(0, 8) + DOCUMENTS.getAndIncrement();
        String body = "{\"document_type\":\"TI\",\"document_number\":\"" + document + "\",\"first_name\":\"Ximena\","
                + "\"first_surname\":\"" + unique + "\",\"birth_date\":\"" + (school.year - 11) + "-05-20\",\"gender\":\"F\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(suite.at().student("/api/v1/students"))
                .header("Authorization", "Bearer " + school.token("secretary"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        Reply created = suite.http().send(caller == null ? request : caller.headers(request), "POST students");
        return new Student(UUID.fromString(SchoolScenario.expect(201, created).json().path("id").asText()), unique,
                document);
    }

    /** Enrollment-service asks student-service (and academic-service) whether the student and group exist. */
    private JsonNode enroll(UUID student, Caller caller) {
        String body = "{\"student_id\":\"" + student + "\",\"school_year_id\":\"" + school.schoolYearId
                + "\",\"grade_level\":6,\"group_code\":\"601\",\"shift\":\"morning\"}";
        Reply enrollment = suite.http().send(caller.headers(HttpRequest.newBuilder(
                        suite.at().enrollment("/api/v1/enrollments")))
                .header("Authorization", "Bearer " + school.token("secretary"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "POST enrollments");
        return SchoolScenario.expect(201, enrollment).json();
    }

    private record Student(UUID id, String surname, String documentNumber) {
    }

    /** A caller that starts a trace of its own (W3C traceparent, sampled), which the receiver watches. */
    private record Caller(String traceId, String spanId) {

        static Caller traced(OtlpReceiver traces) {
            HexFormat hex = HexFormat.of();
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            Caller caller = new Caller(hex.formatHex(trace), hex.formatHex(span));
            traces.watch(caller.traceId);
            return caller;
        }

        HttpRequest.Builder headers(HttpRequest.Builder request) {
            return request.header("traceparent", "00-" + traceId + "-" + spanId + "-01");
        }
    }
}
