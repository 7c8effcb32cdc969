package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromQlTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "max by (namespace, job) (athena_outbox_oldest_age_seconds) > 300 => athena_outbox_oldest_age_seconds",
            "sum(increase(athena_events_consumed_total{outcome=\"dead_lettered\", job=~\"a|b\"}[10m])) > 0 => athena_events_consumed_total",
            "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket[5m]))) > 1e3 => http_server_requests_seconds_bucket",
            "a_total / on (job) group_left (pod) b_total and c unless d offset 5m => a_total b_total c d",
            "up{job=~\"(identity|tenancy)-service\"} == 0 => up",
    })
    void theMetricsAnExpressionReads(String expression, String metrics) {
        assertEquals(new TreeSet<>(Set.of(metrics.split(" "))), PromQl.metricNames(expression));
    }
}
