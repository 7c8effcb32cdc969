package co.athena.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.function.Supplier;

/** A long operation's job (its 202's Location), polled as a front end polls it until it has ended. */
public final class JobPolls {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private JobPolls() {
    }

    /** The job's last view, once it is no longer running; {@code caller} reads it (a fresh request each poll). */
    public static JsonPath ended(Supplier<RequestSpecification> caller, String location) {
        return Awaitility.await("job " + location + " ends").atMost(AT_MOST).pollInterval(Duration.ofMillis(100))
                .until(() -> caller.get().get(location).then().statusCode(200).extract().jsonPath(),
                        job -> !"running".equals(job.getString("status")));
    }
}
