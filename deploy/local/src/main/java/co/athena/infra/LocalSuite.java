package co.athena.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of {@code ./athena up}: starts PostgreSQL, Kafka and S3 (or takes them from
 * the environment), provisions the {@code athena} database, writes {@code run/infra.env} for the
 * services, then stays up until it is stopped (SIGTERM), stopping what it started.
 */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path home = Path.of(args.length > 0 ? args[0] : ".athena").toAbsolutePath();
        int portOffset = Integer.parseInt(System.getenv().getOrDefault("ATHENA_PORT_OFFSET", "0"));
        Infrastructure infra = Infrastructure.start(InfraSettings.localSuite(home, portOffset));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.close();
            stopped.countDown();
        }, "athena-infra-stop"));
        String migratorPassword = System.getenv().getOrDefault("ATHENA_DB_MIGRATOR_PASSWORD", "athena");
        PostgresEndpoint database = AthenaDatabase.provision(infra.postgres(),
                System.getenv().getOrDefault("ATHENA_DB_NAME", "athena"), migratorPassword);
        Path env = home.resolve("run/infra.env");
        Files.createDirectories(env.getParent());
        Files.write(env, List.of(
                "ATHENA_DB_HOST=" + database.host(),
                "ATHENA_DB_PORT=" + database.port(),
                "ATHENA_DB_NAME=" + database.database(),
                "ATHENA_DB_MIGRATOR_USER=" + database.adminUser(),
                "KAFKA_BOOTSTRAP_SERVERS=" + infra.kafkaBootstrap(),
                "ATHENA_S3_ENDPOINT=" + infra.s3().url(),
                "ATHENA_S3_ACCESS_KEY=" + infra.s3().accessKey(),
                "ATHENA_S3_SECRET_KEY=" + infra.s3().secretKey(),
                "ATHENA_S3_REGION=" + infra.s3().region()));
        System.out.println("athena infrastructure ready: postgresql " + database.jdbcUrl() + ", kafka "
                + infra.kafkaBootstrap() + ", s3 " + infra.s3().url());
        stopped.await();
    }
}
