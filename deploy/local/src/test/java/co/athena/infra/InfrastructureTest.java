package co.athena.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfrastructureTest {

    private static Path run;
    private static Infrastructure infra;

    @BeforeAll
    static void start() {
        run = RunDirectories.newRun(Path.of("target", "infra-runs").toAbsolutePath());
        infra = Infrastructure.start(InfraSettings.testRun(run, Path.of(System.getProperty("user.home"), ".cache", "athena")),
                Map.of("ATHENA_INFRA", "local"));
    }

    @AfterAll
    static void stop() {
        infra.close();
        assertFalse(Files.exists(run.resolve("kafka")), "a throwaway run leaves no Kafka data");
    }

    @Test
    void provisionsADatabaseOwnedByTheMigrator() throws Exception {
        PostgresEndpoint db = AthenaDatabase.provision(infra.postgres(), "athena_infra_test", "secret");
        AthenaDatabase.provision(infra.postgres(), "athena_infra_test", "secret");
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.adminUser(), db.adminPassword());
             ResultSet row = connection.createStatement().executeQuery(
                     "select pg_get_userbyid(datdba), version() from pg_database where datname = current_database()")) {
            assertTrue(row.next());
            assertEquals(AthenaDatabase.MIGRATOR, row.getString(1));
            assertTrue(row.getString(2).startsWith("PostgreSQL 15"), row.getString(2));
        }
    }

    @Test
    void postgresqlWritesItsOwnLogBesideTheServices() throws Exception {
        String marker = "infra-test-" + UUID.randomUUID();
        PostgresEndpoint db = infra.postgres();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.adminUser(), db.adminPassword())) {
            connection.createStatement().execute("do $$ begin raise log '" + marker + "'; end $$");
        }
        Path log = run.resolve("logs/postgresql.log");
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(log) && Files.readString(log).contains(marker));
    }

    @Test
    void kafkaKeepsRecordsAcrossABrokerRestart() {
        String topic = "infra-test-" + UUID.randomUUID();
        send(topic, "before");
        infra.kafkaComponent().stop();
        infra.kafkaComponent().start();
        send(topic, "after");
        assertEquals(List.of("before", "after"), readAll(topic, 2));
    }

    @Test
    void s3AnswersAndRefusesAnonymousRequests() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(infra.s3().url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), response.body());
    }

    private static void send(String topic, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readAll(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "infra-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(Set.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
