package co.athena.persistence.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * Every service's request latencies as a histogram with buckets at the latencies our goals speak of (50 ms to 2 s),
 * so a Prometheus alert or dashboard can compute "share of requests under the SLO" and p99 across instances, which
 * Micrometer's per-instance percentiles cannot.
 */
public class ServiceLevelBuckets {

    static final String HTTP_SERVER = "http.server.requests";
    static final double[] OBJECTIVES = Stream.of(50, 100, 250, 500, 1000, 2000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return HTTP_SERVER.equals(id.getName())
                        ? DistributionStatisticConfig.builder().serviceLevelObjectives(OBJECTIVES).build().merge(config)
                        : config;
            }
        };
    }
}
