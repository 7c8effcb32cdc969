package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.athena.suite.LocalSuiteProcess;
import co.athena.suite.client.Endpoints;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.scenario.SchoolScenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite for the proof tests: started once per test run with {@code ./athena up} (own data
 * folder and ports), two schools populated with every kind of resource and a member of every role,
 * and {@code ./athena down} when the run ends.
 */
public final class RunningSuite implements BeforeAllCallback {

    /** Every role a school can grant; superadmin is the platform's. */
    public static final List<String> SCHOOL_ROLES = List.of("rector", "coordinator", "secretary", "teacher",
            "student", "acudiente");

    /**
     * Shorter than production's 30 s, so that a test can watch a silent connection being cut; long enough
     * for the slowest answer the tests wait for (an import at the cap, ~6 s here), since a request the
     * server works on in silence counts as idle too.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);

    /** Every service exports its spans here: the proof runs with tracing on, as an operator may run it. */
    private static final OtlpReceiver TRACES = OtlpReceiver.start();

    private static final Map<String, String> ENVIRONMENT = Map.of("ATHENA_HTTP_IDLE_TIMEOUT", IDLE_TIMEOUT.toSeconds() + "S",
            "ATHENA_OTLP_ENDPOINT", TRACES.endpoint());

    private static Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSuite.class, k -> start(), Suite.class);
    }

    public static Suite get() {
        return suite;
    }

    private static Suite start() {
        System.setProperty("java.awt.headless", "true");
        LocalSuiteProcess process = LocalSuiteProcess.prepare("proof");
        LocalSuiteProcess.Result up = process.run(LocalSuiteProcess.UP_MINUTES, ENVIRONMENT, "up");
        try {
            assertEquals(0, up.exitCode(), up.output());
            Endpoints at = new Endpoints(process.portOffset);
            SuiteHttp http = new SuiteHttp();
            SignIn signIn = new SignIn(process.home.resolve("keys"), at, http);
            SchoolScenario a = new SchoolScenario(at, http, signIn).populate(SCHOOL_ROLES);
            SchoolScenario b = new SchoolScenario(at, http, signIn).populate(SCHOOL_ROLES);
            suite = new Suite(process, at, http, signIn, a, b, TRACES);
            return suite;
        } catch (RuntimeException | AssertionError e) {
            process.run(3, "down"); // nothing left running when the start fails
            throw e;
        }
    }

    /** The running suite, its two schools and the spans it exports; closing it runs {@code ./athena down}. */
    public record Suite(LocalSuiteProcess process, Endpoints at, SuiteHttp http, SignIn signIn, SchoolScenario a,
                        SchoolScenario b, OtlpReceiver traces) implements ExtensionContext.Store.CloseableResource {

        /** {@code ./athena up} again, for a test that stopped a service: it starts what is not running. */
        public void restartStopped() {
            LocalSuiteProcess.Result up = process.run(LocalSuiteProcess.UP_MINUTES, ENVIRONMENT, "up");
            assertEquals(0, up.exitCode(), up.output());
        }

        @Override
        public void close() {
            process.run(3, "down");
            traces.close();
        }
    }
}
