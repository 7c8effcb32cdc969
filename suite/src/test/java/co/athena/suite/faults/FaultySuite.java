package co.athena.suite.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.athena.infra.Component;
import co.athena.infra.InfraSettings;
import co.athena.infra.Infrastructure;
import co.athena.infra.PostgresEndpoint;
import co.athena.suite.LocalSuiteProcess;
import co.athena.suite.client.Endpoints;
import co.athena.suite.client.SignIn;
import co.athena.suite.client.SuiteHttp;
import co.athena.suite.proof.OtlpReceiver;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The whole suite ({@code ./athena up}, own data folder and ports) on infrastructure this test
 * process owns: PostgreSQL, Kafka and S3 are started here and handed to {@code ./athena} as external
 * endpoints, so a test can stop and start each of them (data kept) while the services keep running. It runs
 * traced, as an operator may run it, exporting to a receiver in the test process.
 */
final class FaultySuite implements AutoCloseable {

    final LocalSuiteProcess process;
    final Infrastructure infra;
    final Endpoints at;
    final SuiteHttp http = new SuiteHttp();
    final SignIn signIn;
    private final OtlpReceiver traces = OtlpReceiver.start();
    private final Map<String, String> endpoints;

    private FaultySuite(LocalSuiteProcess process, Infrastructure infra) {
        this.process = process;
        this.infra = infra;
        this.at = new Endpoints(process.portOffset);
        this.signIn = new SignIn(process.home.resolve("keys"), at, http);
        PostgresEndpoint pg = infra.postgres();
        this.endpoints = Map.of(
                "ATHENA_PG_URL", "postgresql://" + pg.adminUser() + ":" + pg.adminPassword() + "@" + pg.host() + ":"
                        + pg.port() + "/" + pg.database(),
                "ATHENA_KAFKA_BOOTSTRAP", infra.kafkaBootstrap(),
                "ATHENA_S3_ENDPOINT", infra.s3().url(),
                "ATHENA_S3_ACCESS_KEY", infra.s3().accessKey(),
                "ATHENA_S3_SECRET_KEY", infra.s3().secretKey(),
                "ATHENA_S3_REGION", infra.s3().region(),
                "ATHENA_OTLP_ENDPOINT", traces.endpoint());
    }

    static FaultySuite start() {
        LocalSuiteProcess process = LocalSuiteProcess.prepare("faults");
        Infrastructure infra = Infrastructure.start(InfraSettings.localSuite(process.home, process.portOffset));
        FaultySuite suite = new FaultySuite(process, infra);
        try {
            suite.up();
            return suite;
        } catch (RuntimeException | AssertionError e) {
            suite.close();
            throw e;
        }
    }

    /** {@code ./athena up}: starts whatever service is not running (the others keep their pids). */
    void up() {
        LocalSuiteProcess.Result up = process.run(LocalSuiteProcess.UP_MINUTES, endpoints, "up");
        assertEquals(0, up.exitCode(), up.output());
    }

    Component postgres() {
        return infra.postgresComponent();
    }

    Component kafka() {
        return infra.kafkaComponent();
    }

    Component s3() {
        return infra.s3Component();
    }

    /** A service's log, one JSON object per line (what {@code ./athena logs <service>} shows). */
    List<String> log(String service) throws IOException {
        return Files.readAllLines(process.home.resolve("logs").resolve(service + ".log"));
    }

    /** The athena database as its administrator: sees every school's rows (row-level security does not apply). */
    Connection database() throws SQLException {
        PostgresEndpoint athena = infra.postgres().withDatabase("athena");
        return DriverManager.getConnection(athena.jdbcUrl(), athena.adminUser(), athena.adminPassword());
    }

    @Override
    public void close() {
        try {
            process.run(3, "down");
        } finally {
            infra.close();
            traces.close();
        }
    }
}
